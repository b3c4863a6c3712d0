using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.Search.SearchSupport;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// An index that cannot be rebuilt (here a file stands where its new folder must go) does not stop
/// the others from following the changes; the failure is shown, and the rebuild is tried again.
/// </summary>
public sealed class SearchRebuildFailureTests
{
    [Fact]
    public async Task Should_keep_indexing_while_an_index_cannot_be_rebuilt_and_rebuild_it_once_it_can()
    {
        await using var site = await CmsSiteFactory.StartAsync(
            DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Search:RebuildRetryDelay"] = "00:00:01" });
        var status = site.Services.GetRequiredService<IndexingStatus>();
        var first = TestEntries.Tag();
        var before = await TestEntries.CreateAsync(site, $"Indexed first {first}", publish: true);
        await FindsAsync(site, "en", first, before);
        var blocker = Path.Combine(site.DataPath, "search", "fr.new");
        await File.WriteAllTextAsync(blocker, "a file where the new French index would go");

        status.RequestRebuild("fr");
        site.Services.GetRequiredService<IndexingSignal>().Wake();
        await EventuallyAsync(() => Task.FromResult(status.LastError), error => error is not null, "the failed rebuild is shown");
        var tag = TestEntries.Tag();
        var meanwhile = await TestEntries.CreateAsync(site, $"Published meanwhile {tag}", publish: true);

        await FindsAsync(site, "en", tag, meanwhile);
        Assert.NotNull(status.LastError);
        Assert.True(status.RebuildRequested);
        // The status page says the rebuild failed and will be tried again; its buttons stay.
        var admin = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await admin.SignInAsync(CmsSiteFactory.AdminUserName, CmsSiteFactory.AdminPassword);
        var page = await Html.GetAsync(admin, "/admin/search");
        Assert.Contains("The last rebuild failed", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form#rebuild-all"));

        File.Delete(blocker);
        var retried = DateTime.UtcNow;
        await EventuallyAsync(() => Task.FromResult((status.LastRebuildUtc, status.RebuildRequested, status.LastError)),
            s => s.LastRebuildUtc > retried && !s.RebuildRequested && s.LastError is null, "the French index rebuilt on a retry");
    }
}
