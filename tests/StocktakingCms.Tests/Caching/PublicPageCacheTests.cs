using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Caching;

/// <summary>
/// Anonymous public pages come from the output cache (an <c>Age</c> header says so), signed-in
/// users never get them, and publishing or unpublishing an entry evicts them at once: the entry is
/// on the cached home and term pages right after it is published, and gone right after it is
/// unpublished.
/// </summary>
public abstract class PublicPageCacheTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_show_a_published_entry_on_cached_pages_when_it_is_published_and_hide_it_when_unpublished()
    {
        var client = CreateClient();
        string[] pages = ["/en/", "/en/action-lines/C4", "/en/feed.rss", "/en/special-repositories"];
        foreach (var page in pages)
        {
            await GetAsync(client, page);
            Assert.True(await IsFromCacheAsync(client, page), $"{page} is served from the output cache on the second visit");
        }

        var title = $"Cached page check {Guid.NewGuid():N}";
        var id = await TestEntries.CreateAsync(Site, title, publish: true);

        Assert.Contains(title, await GetAsync(client, "/en/"), StringComparison.Ordinal);
        Assert.Contains(title, await GetAsync(client, "/en/action-lines/C4"), StringComparison.Ordinal);
        Assert.Contains(title, await GetAsync(client, "/en/feed.rss"), StringComparison.Ordinal);
        Assert.True(await IsFromCacheAsync(client, "/en/"), "the rebuilt home page is cached again");

        await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(id));

        Assert.DoesNotContain(title, await GetAsync(client, "/en/"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await GetAsync(client, "/en/action-lines/C4"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_never_serve_a_cached_page_when_the_visitor_is_signed_in_or_the_page_is_personal()
    {
        var anonymous = CreateClient();
        await GetAsync(anonymous, "/fr/");
        Assert.True(await IsFromCacheAsync(anonymous, "/fr/"));

        var admin = await CreateAdminClientAsync();
        Assert.False(await IsFromCacheAsync(admin, "/fr/"), "a signed-in user gets a page of their own");
        Assert.Contains("/logout", await GetAsync(admin, "/fr/"), StringComparison.Ordinal);

        // The sign-in page holds an antiforgery form: each visitor must get a token of their own.
        await GetAsync(anonymous, "/fr/account/login");
        Assert.False(await IsFromCacheAsync(anonymous, "/fr/account/login"));
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<bool> IsFromCacheAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }
}

public sealed class PublicPageCacheSqliteTests(SharedSite site) : PublicPageCacheTests(DatabaseProvider.Sqlite, site);

public sealed class PublicPageCachePostgresTests(SharedSite site) : PublicPageCacheTests(DatabaseProvider.Postgres, site);
