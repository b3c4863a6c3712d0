namespace StocktakingCms.Media;

/// <summary>The <c>Media</c> configuration section. Names are part of the operator contract.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    private const long Megabyte = 1024 * 1024;

    /// <summary>Largest image accepted, in bytes.</summary>
    public long MaxImageBytes { get; set; } = 5 * Megabyte;

    /// <summary>Largest PDF document accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = 10 * Megabyte;

    /// <summary>How many images one content item may have (checked by the module that attaches them).</summary>
    public int MaxImagesPerItem { get; set; } = 6;

    /// <summary>How many documents one content item may have (checked by the module that attaches them).</summary>
    public int MaxDocumentsPerItem { get; set; } = 3;

    /// <summary>The deletion of files that no content item uses any more (<c>Media:Sweep:*</c>).</summary>
    public MediaSweepOptions Sweep { get; set; } = new();

    public long MaxBytes(MediaKind kind) => kind == MediaKind.Image ? MaxImageBytes : MaxDocumentBytes;
}

/// <summary>
/// <c>Media:Sweep</c>: files uploaded and then dropped (an image replaced, a submission abandoned,
/// an entry deleted) are deleted once no version uses them for the grace period, so an upload
/// waiting in a form being filled is never taken away.
/// </summary>
public sealed class MediaSweepOptions
{
    /// <summary>How often each node looks for unused files (the first time a few minutes after it starts).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a file must have been uploaded, and unused, before it is deleted.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromDays(1);
}
