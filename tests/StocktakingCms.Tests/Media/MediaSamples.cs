using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Media;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Media;

/// <summary>The smallest byte sequences each format is recognized by, and uploads made of them.</summary>
internal static class MediaSamples
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0x00, 0x00, 0x00, 0x01];

    public static readonly byte[] WebP = [.. "RIFF"u8, 0x1A, 0x00, 0x00, 0x00, .. "WEBPVP8L"u8, 0x0D, 0x00, 0x00, 0x00, 0x2F, 0x00];

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>A Windows executable's first bytes ("MZ").</summary>
    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><script>alert(1)</script></html>");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");

    public static byte[] Named(string sample) => sample switch
    {
        "jpeg" => Jpeg,
        "png" => Png,
        "webp" => WebP,
        "pdf" => Pdf,
        "exe" => Exe,
        "html" => Html,
        "svg" => Svg,
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, null),
    };

    /// <summary>An upload as model binding makes it; the browser's content type is deliberately wrong.</summary>
    public static IFormFile File(string fileName, byte[] bytes) =>
        new FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", fileName)
        {
            Headers = new HeaderDictionary(),
            ContentType = "text/html",
        };

    /// <summary>A PDF of exactly <paramref name="length"/> bytes.</summary>
    public static byte[] PdfOfLength(int length)
    {
        var bytes = new byte[length];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }
}

/// <summary>An upload whose declared length is smaller than its content: the store must stop reading at its limit anyway.</summary>
internal sealed class UnderstatedFormFile(string fileName, byte[] content, long declaredLength) : IFormFile
{
    public string ContentType => "application/pdf";

    public string ContentDisposition => $"form-data; name=\"file\"; filename=\"{FileName}\"";

    public IHeaderDictionary Headers { get; } = new HeaderDictionary();

    public long Length => declaredLength;

    public string Name => "file";

    public string FileName => fileName;

    public Stream OpenReadStream() => new MemoryStream(content);

    public void CopyTo(Stream target) => OpenReadStream().CopyTo(target);

    public Task CopyToAsync(Stream target, CancellationToken cancellationToken = default) => OpenReadStream().CopyToAsync(target, cancellationToken);
}

/// <summary>Uploads through the site's own <see cref="IMediaStore"/>, each in a scope of its own (like one request).</summary>
internal static class MediaUploads
{
    public static Task<MediaUploadResult> SaveAsync(CmsSiteFactory site, string fileName, byte[] bytes, MediaKind kind, string? ownerUserId = null) =>
        SaveAsync(site, MediaSamples.File(fileName, bytes), kind, ownerUserId);

    public static Task<MediaUploadResult> SaveAsync(CmsSiteFactory site, IFormFile file, MediaKind kind, string? ownerUserId = null) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<IMediaStore>().SaveAsync(file, kind, ownerUserId));

    /// <summary>A stored file, or a failed assertion naming the error.</summary>
    public static async Task<StoredMedia> StoreAsync(CmsSiteFactory site, string fileName, byte[] bytes, MediaKind kind, string? ownerUserId = null)
    {
        var result = await SaveAsync(site, fileName, bytes, kind, ownerUserId);
        Assert.True(result.Succeeded, result.Error);
        return result.Media!;
    }

    /// <summary>Public while a published version uses a file: here a content item named after the file.</summary>
    public static Task SetPublicAsync(CmsSiteFactory site, string id, bool isPublic) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<IMediaStore>().SetUsageAsync(id, published: true, isPublic ? [id] : []));

    public static Task<StoredMedia?> FindAsync(CmsSiteFactory site, string id) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<IMediaStore>().FindAsync(id));

    public static Task<string> UrlForAsync(CmsSiteFactory site, StoredMedia media) =>
        site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IMediaStore>().UrlFor(media)));

    /// <summary>Where the bytes of <paramref name="id"/> must be: <c>{DataPath}/media/{id[..2]}/{id}</c>.</summary>
    public static string PathOf(CmsSiteFactory site, string id) => Path.Combine(site.DataPath, "media", id[..2], id);

    /// <summary>Every file under <c>{DataPath}/media</c>, temporary ones included.</summary>
    public static IReadOnlyList<string> FilesOnDisk(CmsSiteFactory site)
    {
        var folder = Path.Combine(site.DataPath, "media");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }
}
