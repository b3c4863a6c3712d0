namespace StocktakingCms.Media.Data;

/// <summary>A row of <c>MediaFiles</c>: one stored file, whose bytes are at <c>{DataPath}/media/{Id[..2]}/{Id}</c>.</summary>
public sealed class MediaFile
{
    /// <summary>26 random lowercase base-32 characters: the URL and disk name, never guessable.</summary>
    public string Id { get; set; } = "";

    public MediaKind Kind { get; set; }

    /// <summary>The uploaded name, sanitized, for display and download.</summary>
    public string FileName { get; set; } = "";

    /// <summary>From the detected format, never from the request.</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Lowercase hex; also the ETag.</summary>
    public string Sha256 { get; set; } = "";

    public string? OwnerUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Shown to anonymous visitors: set while the content item that uses the file is published.</summary>
    public bool IsPublic { get; set; }

    /// <summary>
    /// Its usage is on record (<see cref="MediaUsage"/>): every file uploaded since usages are kept,
    /// and older files once their item is saved again. Only such files are ever swept as unused.
    /// </summary>
    public bool UsageTracked { get; set; }

    public StoredMedia ToStoredMedia() =>
        new(Id, Kind, FileName, ContentType, Length, OwnerUserId, DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc));
}
