using Microsoft.AspNetCore.Http;

namespace StocktakingCms.Media;

public enum MediaKind
{
    Image,
    Document,
}

/// <summary>A stored file. <see cref="FileName"/> is the uploaded name, sanitized, for display and download only.</summary>
public sealed record StoredMedia(string Id, MediaKind Kind, string FileName, string ContentType, long Length, string? OwnerUserId, DateTime CreatedUtc);

/// <summary>The outcome of an upload: the stored file, or a localized message for the user that names the file.</summary>
public sealed record MediaUploadResult(StoredMedia? Media, string? Error)
{
    public bool Succeeded => Media is not null;
}

/// <summary>Stores uploaded images and documents and reads them back.</summary>
public interface IMediaStore
{
    /// <summary>
    /// Checks the kind by content (magic bytes), not by the name or the browser's content type, and
    /// the size limit; stores the bytes outside the web root under <c>{DataPath}/media/</c> and a
    /// row in the current <c>CmsDbSession</c> transaction (the file is deleted again if that
    /// transaction rolls back). Returns a localized error for the user otherwise.
    /// </summary>
    Task<MediaUploadResult> SaveAsync(IFormFile file, MediaKind expected, string? ownerUserId, CancellationToken ct = default);

    Task<StoredMedia?> FindAsync(string id, CancellationToken ct = default);

    /// <summary>The files found, in the order of <paramref name="ids"/>; unknown ids are left out.</summary>
    Task<IReadOnlyList<StoredMedia>> FindManyAsync(IEnumerable<string> ids, CancellationToken ct = default);

    /// <summary>
    /// Records the files that the latest (<paramref name="published"/> false) or the published
    /// version of a content item uses, replacing what was recorded for that version (empty: it uses
    /// none, e.g. it was unpublished or removed). Called in the item's transaction by the module that
    /// attaches files. A file is public (shown to anonymous visitors) exactly while a published
    /// version uses it; a file no version uses is deleted after <c>Media:Sweep:GracePeriod</c>.
    /// </summary>
    Task SetUsageAsync(string contentItemId, bool published, IEnumerable<string> ids, CancellationToken ct = default);

    /// <summary>The file's bytes, or null for an unknown id; the caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string id, CancellationToken ct = default);

    /// <summary>URL a page uses to show or link the file: <c>/media/{id}/{file-name}</c>.</summary>
    string UrlFor(StoredMedia media);
}
