namespace StocktakingCms.Media.Services;

/// <summary>A format the store accepts: its kind, the content type it is served with, its file extensions (the first is the usual one).</summary>
public sealed record MediaFormat(MediaKind Kind, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>
/// Recognizes the accepted formats by their first bytes (magic numbers), never by the file name or
/// the content type the browser sent: an .exe renamed .png, an HTML or SVG file is no format here.
/// </summary>
public static class MediaFormats
{
    /// <summary>How many first bytes <see cref="Detect"/> needs to tell every format apart.</summary>
    public const int HeaderLength = 12;

    public static readonly MediaFormat Jpeg = new(MediaKind.Image, "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly MediaFormat Png = new(MediaKind.Image, "image/png", [".png"]);
    public static readonly MediaFormat WebP = new(MediaKind.Image, "image/webp", [".webp"]);
    public static readonly MediaFormat Pdf = new(MediaKind.Document, "application/pdf", [".pdf"]);

    public static MediaFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        // RIFF, a 4-byte little-endian size, then WEBP.
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return header.StartsWith("%PDF-"u8) ? Pdf : null;
    }
}
