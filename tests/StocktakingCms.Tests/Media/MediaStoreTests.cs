using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Media;
using StocktakingCms.Media.Data;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Localization;

namespace StocktakingCms.Tests.Media;

/// <summary>
/// Uploads through the site's <see cref="IMediaStore"/>, checked on disk (the data folder of the
/// test site) and in the <c>MediaFiles</c> table. Tests of one class run one after the other, so
/// counting files and rows before and after is safe.
/// </summary>
public abstract class MediaStoreTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData("jpeg", "photo.jpg", MediaKind.Image, "image/jpeg")]
    [InlineData("png", "chart.png", MediaKind.Image, "image/png")]
    [InlineData("webp", "map.webp", MediaKind.Image, "image/webp")]
    [InlineData("pdf", "report.pdf", MediaKind.Document, "application/pdf")]
    public async Task Should_store_the_bytes_outside_the_web_root_when_the_content_is_an_accepted_format(string sample, string fileName, MediaKind kind, string contentType)
    {
        var bytes = MediaSamples.Named(sample);

        var media = await MediaUploads.StoreAsync(Site, fileName, bytes, kind, ownerUserId: "owner-1");

        Assert.Equal(kind, media.Kind);
        Assert.Equal(contentType, media.ContentType);
        Assert.Equal(fileName, media.FileName);
        Assert.Equal(bytes.Length, media.Length);
        Assert.Equal("owner-1", media.OwnerUserId);
        Assert.Matches("^[0-9a-z]{26}$", media.Id);
        Assert.Equal(DateTimeKind.Utc, media.CreatedUtc.Kind);
        var path = MediaUploads.PathOf(Site, media.Id);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.DoesNotContain(MediaUploads.FilesOnDisk(Site), f => f.EndsWith(".uploading", StringComparison.Ordinal));
        var host = Site.Services.GetRequiredService<IWebHostEnvironment>();
        var webRoot = Path.GetFullPath(host.WebRootPath ?? Path.Combine(host.ContentRootPath, "wwwroot"));
        Assert.False(path.StartsWith(webRoot, StringComparison.Ordinal), $"{path} is under the web root {webRoot}.");

        var row = await RowAsync(media.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), row!.Sha256);
        Assert.False(row.IsPublic);
        Assert.Equal(media, await MediaUploads.FindAsync(Site, media.Id));
    }

    [Theory]
    [InlineData("exe", "photo.png", MediaKind.Image, "\"photo.png\" is not an image in JPEG, PNG or WebP format.")]
    [InlineData("html", "photo.png", MediaKind.Image, "\"photo.png\" is not an image in JPEG, PNG or WebP format.")]
    [InlineData("svg", "logo.svg", MediaKind.Image, "\"logo.svg\" is not an image in JPEG, PNG or WebP format.")]
    [InlineData("pdf", "scan.jpg", MediaKind.Image, "\"scan.jpg\" is a PDF document, not an image: add it as a document.")]
    [InlineData("png", "report.pdf", MediaKind.Document, "\"report.pdf\" is an image, not a document: add it as an image.")]
    [InlineData("html", "report.pdf", MediaKind.Document, "\"report.pdf\" is not a PDF document.")]
    [InlineData("empty", "blank.png", MediaKind.Image, "\"blank.png\" is empty.")]
    [InlineData("empty", "blank.pdf", MediaKind.Document, "\"blank.pdf\" is empty.")]
    public async Task Should_refuse_and_keep_nothing_when_the_content_is_not_of_the_expected_kind(string sample, string fileName, MediaKind kind, string error)
    {
        var rowsBefore = await RowCountAsync();
        var filesBefore = MediaUploads.FilesOnDisk(Site).Count;

        var result = await MediaUploads.SaveAsync(Site, fileName, MediaSamples.Named(sample), kind);

        Assert.False(result.Succeeded);
        Assert.Null(result.Media);
        Assert.Equal(error, result.Error);
        Assert.Equal(rowsBefore, await RowCountAsync());
        Assert.Equal(filesBefore, MediaUploads.FilesOnDisk(Site).Count);
    }

    [Fact]
    public async Task Should_say_why_in_the_readers_language_when_a_file_is_refused()
    {
        MediaUploadResult result;
        using (new CultureScope("ar"))
        {
            result = await MediaUploads.SaveAsync(Site, "صورة.png", MediaSamples.Exe, MediaKind.Image);
        }

        Assert.Equal("الملف «صورة.png» ليس صورة بنسق JPEG أو PNG أو WebP.", result.Error);
    }

    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("C:\\Users\\Ana\\Desktop\\Informe anual.PNG", "Informe anual.PNG")]
    [InlineData("tab\tand\nnewline.png", "tab and newline.png")]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.png")]
    [InlineData("年度报告.exe", "年度报告.png")]
    [InlineData("<script>.png", "script.png")]
    public async Task Should_keep_a_safe_display_name_with_the_detected_formats_extension(string uploaded, string expected)
    {
        var media = await MediaUploads.StoreAsync(Site, uploaded, MediaSamples.Png, MediaKind.Image);

        Assert.Equal(expected, media.FileName);
        Assert.True(File.Exists(MediaUploads.PathOf(Site, media.Id)));
    }

    [Fact]
    public async Task Should_return_the_files_found_in_the_order_asked_when_several_are_looked_up()
    {
        var first = await MediaUploads.StoreAsync(Site, "one.pdf", MediaSamples.Pdf, MediaKind.Document);
        var second = await MediaUploads.StoreAsync(Site, "two.png", MediaSamples.Png, MediaKind.Image);

        var found = await Site.WithScopeAsync(sp => sp.GetRequiredService<IMediaStore>()
            .FindManyAsync([second.Id, "0000000000000000000000000z", "../../../etc/passwd", first.Id, second.Id]));

        Assert.Equal([second.Id, first.Id], found.Select(m => m.Id));
        Assert.Null(await MediaUploads.FindAsync(Site, "../../../etc/passwd"));
    }

    [Fact]
    public async Task Should_read_back_the_stored_bytes_when_a_file_is_opened()
    {
        var media = await MediaUploads.StoreAsync(Site, "photo.webp", MediaSamples.WebP, MediaKind.Image);

        var bytes = await Site.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IMediaStore>();
            Assert.Null(await store.OpenReadAsync("unknownunknownunknownunkno"));
            await using var stream = await store.OpenReadAsync(media.Id);
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy);
            return copy.ToArray();
        });

        Assert.Equal(MediaSamples.WebP, bytes);
    }

    [Fact]
    public async Task Should_delete_the_file_and_leave_no_row_when_the_transaction_rolls_back()
    {
        var filesBefore = MediaUploads.FilesOnDisk(Site).Count;
        string? id = null;

        await Site.WithScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<CmsDbSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var result = await sp.GetRequiredService<IMediaStore>().SaveAsync(MediaSamples.File("draft.pdf", MediaSamples.Pdf), MediaKind.Document, null);
            id = result.Media!.Id;
            Assert.True(File.Exists(MediaUploads.PathOf(Site, id)));
            // Something else in the same transaction fails: disposed without commit.
        });

        Assert.False(File.Exists(MediaUploads.PathOf(Site, id!)));
        Assert.Equal(filesBefore, MediaUploads.FilesOnDisk(Site).Count);
        Assert.Null(await MediaUploads.FindAsync(Site, id!));
        Assert.Null(await RowAsync(id!));
    }

    [Fact]
    public async Task Should_keep_the_file_and_its_row_when_the_surrounding_transaction_commits()
    {
        var id = await Site.WithScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<CmsDbSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var result = await sp.GetRequiredService<IMediaStore>().SaveAsync(MediaSamples.File("kept.pdf", MediaSamples.Pdf), MediaKind.Document, null);
            await transaction.CommitAsync();
            return result.Media!.Id;
        });

        Assert.True(File.Exists(MediaUploads.PathOf(Site, id)));
        Assert.NotNull(await MediaUploads.FindAsync(Site, id));
    }

    [Fact]
    public async Task Should_refuse_a_file_over_the_configured_limit_with_the_limit_in_the_readers_culture()
    {
        await using var site = await CmsSiteFactory.CreateAsync(Provider, settings: new Dictionary<string, string?>
        {
            ["Media:MaxImageBytes"] = "524288",
            ["Media:MaxDocumentBytes"] = "1572864",
        });
        const int limit = 1572864;

        var accepted = await MediaUploads.SaveAsync(site, "exact.pdf", MediaSamples.PdfOfLength(limit), MediaKind.Document);
        var refused = await MediaUploads.SaveAsync(site, "big.pdf", MediaSamples.PdfOfLength(limit + 1), MediaKind.Document);
        MediaUploadResult refusedInFrench;
        using (new CultureScope("fr"))
        {
            refusedInFrench = await MediaUploads.SaveAsync(site, "gros.pdf", MediaSamples.PdfOfLength(limit + 1), MediaKind.Document);
        }

        // A declared length within the limit does not let more bytes through: the copy stops at the limit.
        var understated = await MediaUploads.SaveAsync(site, new UnderstatedFormFile("sly.pdf", MediaSamples.PdfOfLength(limit + 10), 100), MediaKind.Document);
        var image = await MediaUploads.SaveAsync(site, "photo.png", [.. MediaSamples.Png, .. new byte[524288]], MediaKind.Image);

        Assert.True(accepted.Succeeded, accepted.Error);
        Assert.Equal("\"big.pdf\" is larger than 1.5 MB.", refused.Error);
        Assert.Equal("«\u00a0gros.pdf\u00a0» dépasse 1,5\u00a0Mo.", refusedInFrench.Error);
        Assert.Equal("\"sly.pdf\" is larger than 1.5 MB.", understated.Error);
        Assert.Equal("\"photo.png\" is larger than 0.5 MB.", image.Error);
        Assert.Equal([MediaUploads.PathOf(site, accepted.Media!.Id)], MediaUploads.FilesOnDisk(site));
    }

    private Task<MediaFile?> RowAsync(string id) =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<MediaDbContext>().MediaFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id));

    private Task<int> RowCountAsync() =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<MediaDbContext>().MediaFiles.CountAsync());
}

public sealed class MediaStoreSqliteTests(SharedSite site) : MediaStoreTests(DatabaseProvider.Sqlite, site);

public sealed class MediaStorePostgresTests(SharedSite site) : MediaStoreTests(DatabaseProvider.Postgres, site);
