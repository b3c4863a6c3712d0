using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Media;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Media;

/// <summary><c>GET /media/{id}/{name}</c> as browsers ask for it: headers, access rules, caching; and the admin list.</summary>
public abstract class MediaControllerTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_offer_a_pdf_as_an_attachment_with_its_arabic_name_when_it_is_public()
    {
        var media = await MediaUploads.StoreAsync(Site, "تقرير 2025.pdf", MediaSamples.Pdf, MediaKind.Document);
        await MediaUploads.SetPublicAsync(Site, media.Id, true);
        var url = await MediaUploads.UrlForAsync(Site, media);

        using var response = await CreateClient().GetAsync(url);

        Assert.Equal($"/media/{media.Id}/{Uri.EscapeDataString("تقرير 2025.pdf")}", url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MediaSamples.Pdf, await response.Content.ReadAsByteArrayAsync());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("تقرير 2025.pdf", disposition.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(MediaSamples.Pdf))}\"", response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl?.Public, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Should_show_an_image_inline_with_the_detected_type_whatever_the_browser_sent()
    {
        var media = await MediaUploads.StoreAsync(Site, "chart.png", MediaSamples.Png, MediaKind.Image);
        await MediaUploads.SetPublicAsync(Site, media.Id, true);
        var client = CreateClient();

        using var response = await client.GetAsync(await MediaUploads.UrlForAsync(Site, media));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("chart.png", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));

        // Ranges and revalidation work on the same URL.
        using var range = new HttpRequestMessage(HttpMethod.Get, await MediaUploads.UrlForAsync(Site, media)) { Headers = { Range = new RangeHeaderValue(0, 3) } };
        using var partial = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(MediaSamples.Png[..4], await partial.Content.ReadAsByteArrayAsync());
        using var again = new HttpRequestMessage(HttpMethod.Get, await MediaUploads.UrlForAsync(Site, media)) { Headers = { IfNoneMatch = { response.Headers.ETag! } } };
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Should_serve_a_private_file_only_to_its_owner_and_to_those_who_may_view_all_media()
    {
        var (owner, ownerId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var media = await MediaUploads.StoreAsync(Site, "draft.pdf", MediaSamples.Pdf, MediaKind.Document, ownerId);
        var url = await MediaUploads.UrlForAsync(Site, media);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(CreateClient(), url));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(await CreateClientInRoleAsync(CmsRoles.Contributor), url));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await CreateAdminClientAsync(), url));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await CreateClientInRoleAsync(CmsRoles.Reviewer), url));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await CreateClientInRoleAsync(CmsRoles.Editor), url));
        using (var own = await owner.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.True(own.Headers.CacheControl is { Private: true, NoStore: true }, own.Headers.CacheControl?.ToString());
        }

        await MediaUploads.SetPublicAsync(Site, media.Id, true);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(CreateClient(), url));

        await MediaUploads.SetPublicAsync(Site, media.Id, false);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(CreateClient(), url));
    }

    [Fact]
    public async Task Should_answer_404_for_unknown_ids_and_for_the_files_path_on_disk()
    {
        var media = await MediaUploads.StoreAsync(Site, "photo.jpg", MediaSamples.Jpeg, MediaKind.Image);
        await MediaUploads.SetPublicAsync(Site, media.Id, true);
        var client = CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, "/media/unknownunknownunknownunkno/photo.jpg"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, "/media/..%2F..%2Fstocktaking.db/x"));
        // Where the bytes are, relative to the data folder: not a URL of the site.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, $"/media/{media.Id[..2]}/{media.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, $"/App_Data/media/{media.Id[..2]}/{media.Id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, await MediaUploads.UrlForAsync(Site, media)));
    }

    [Fact]
    public async Task Should_list_files_newest_first_with_their_owner_and_visibility_in_the_admin()
    {
        var (_, ownerId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var older = await MediaUploads.StoreAsync(Site, $"older-{TestEntries.Tag()}.pdf", MediaSamples.Pdf, MediaKind.Document, ownerId);
        var newer = await MediaUploads.StoreAsync(Site, $"newer-{TestEntries.Tag()}.png", MediaSamples.Png, MediaKind.Image);
        await MediaUploads.SetPublicAsync(Site, newer.Id, true);

        var page = await Html.GetAsync(await CreateAdminClientAsync(), "/admin/media");

        var rows = page.QuerySelectorAll("table.list tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([newer.FileName, "Image", "1 KB", "—", "Public"], rows[0].Take(5));
        Assert.Equal(older.FileName, rows[1][0]);
        Assert.Equal("Document", rows[1][1]);
        Assert.StartsWith("contributor-", rows[1][3], StringComparison.Ordinal);
        Assert.Equal("Private", rows[1][4]);
        Assert.Equal(await MediaUploads.UrlForAsync(Site, newer), page.QuerySelector("table.list tbody tr a")?.GetAttribute("href"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }
}

public sealed class MediaControllerSqliteTests(SharedSite site) : MediaControllerTests(DatabaseProvider.Sqlite, site);

public sealed class MediaControllerPostgresTests(SharedSite site) : MediaControllerTests(DatabaseProvider.Postgres, site);
