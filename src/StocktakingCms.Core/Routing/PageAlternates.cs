using StocktakingCms.Core.Localization;

namespace StocktakingCms.Core.Routing;

/// <summary>
/// The current page in one language. <paramref name="Path"/> is where the language bar links
/// (query string kept), <paramref name="Url"/> the absolute address for <c>hreflang</c> (without
/// the query string); <paramref name="Exists"/> is false when the page has no version in that
/// language, and the address then shows the original with a notice: such a page is not announced
/// as an <c>hreflang</c> alternate, since it is not written in that language.
/// </summary>
public sealed record AlternateLink(CmsCulture Culture, string Path, string Url, bool Exists, bool IsCurrent);

/// <summary>What the layout's head and language bar need: absolute canonical and x-default URLs, one link per culture in UN order.</summary>
public sealed record PageAlternates(string CanonicalUrl, string DefaultUrl, IReadOnlyList<AlternateLink> Languages)
{
    /// <summary>The versions written in their language, for <c>&lt;link rel="alternate" hreflang&gt;</c>.</summary>
    public IEnumerable<AlternateLink> Existing => Languages.Where(l => l.Exists);
}
