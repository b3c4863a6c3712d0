using System.Globalization;
using System.Text;

namespace StocktakingCms.Contents;

/// <summary>
/// Slug rules. Slugs keep letters of every script (an Arabic or Chinese page gets a readable
/// address), lower-cased, with hyphens between words and slashes between segments.
/// </summary>
public static class Slugs
{
    /// <summary>First segments that belong to the site itself and can never be a page.</summary>
    // "calls" is not reserved: call pages live under it (calls/2023), beside the archive at /{culture}/calls.
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "error", "login", "logout", "health", "_content", "media", "search", "feed", "sitemap.xml",
        "account", "submit", "my-entries",
    };

    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= AutorouteMax ? slug : slug[..AutorouteMax].Trim('-');
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= AutorouteMax
        && slug.Split('/').All(segment => segment.Length > 0 && segment.All(c =>
            char.IsLetterOrDigit(c) || c == '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
        && string.Equals(slug, slug.ToLowerInvariant(), StringComparison.Ordinal);

    public static bool IsReserved(string slug) => Reserved.Contains(slug.Split('/')[0]);

    private const int AutorouteMax = Models.AutoroutePart.MaxLength;
}
