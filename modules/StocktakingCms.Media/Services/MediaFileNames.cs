using System.Globalization;
using System.Text;

namespace StocktakingCms.Media.Services;

/// <summary>
/// Makes an uploaded file name safe to show and to offer for download. The name never becomes a
/// path on disk (files are stored by id); it only has to be harmless in a page, a header and on the
/// visitor's disk: no folder parts, no control or direction-override characters, a bounded length.
/// Letters of every script are kept.
/// </summary>
public static class MediaFileNames
{
    /// <summary>At most this many UTF-16 characters, extension included.</summary>
    public const int MaxLength = 150;

    private const string Fallback = "file";

    /// <summary>The uploaded name without folders, control characters and characters Windows refuses in names, cut to <see cref="MaxLength"/>.</summary>
    public static string Clean(string? uploaded)
    {
        var name = (uploaded ?? "").Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                // Tabs, line and paragraph separators become one plain space.
                if (clean.Length > 0 && clean[^1] != ' ')
                {
                    clean.Append(' ');
                }
            }
            else if (!Dropped(rune))
            {
                clean.Append(rune);
            }
        }

        var result = clean.ToString().Trim(' ', '.');
        var extension = Extension(result);
        return Cut(result, extension) is { Length: > 0 } cut ? cut : Fallback;
    }

    /// <summary>
    /// The cleaned name with an extension of the detected format: "photo.exe" holding a PNG becomes
    /// "photo.png", so a download never carries an extension its bytes do not match.
    /// </summary>
    public static string ForFormat(string? uploaded, MediaFormat format)
    {
        var clean = Clean(uploaded);
        var extension = Extension(clean);
        if (format.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return clean;
        }

        var stem = clean[..^extension.Length].TrimEnd(' ', '.');
        var renamed = (stem.Length > 0 ? stem : Fallback) + format.Extensions[0];
        return Cut(renamed, format.Extensions[0]);
    }

    private static bool Dropped(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control
        || rune.Value == 0xFFFD // an unpaired surrogate, as EnumerateRunes reports it
        || rune.Value is 0xFEFF or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) // BOM and direction controls ("gpj.exe" spoofing)
        || rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*';

    private static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && name.Length - dot <= 6 ? name[dot..] : "";
    }

    /// <summary>Cuts the part before the extension at a whole character (never inside a surrogate pair or an accent) to fit <see cref="MaxLength"/>.</summary>
    private static string Cut(string name, string extension)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var stem = name[..^extension.Length];
        var room = MaxLength - extension.Length;
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext() && length + elements.GetTextElement().Length <= room)
        {
            length += elements.GetTextElement().Length;
        }

        return stem[..length].TrimEnd(' ', '.') + extension;
    }
}
