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

    public long MaxBytes(MediaKind kind) => kind == MediaKind.Image ? MaxImageBytes : MaxDocumentBytes;
}
