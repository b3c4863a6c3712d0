using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Routing;

namespace StocktakingCms.Theme;

/// <summary>One link of the language bar: the page in another language.</summary>
/// <param name="IsTranslated">False when the page has no version in that language: the link then shows the original with a notice.</param>
public sealed record LanguageLink(CmsCulture Culture, string Url, bool IsCurrent, bool IsTranslated);

/// <summary>
/// The language bar in UN order (عربي · 中文 · English · Français · Русский · Español), each name in
/// its own language. Where each link goes is the page's business (<see cref="IAlternateLinks"/>):
/// an item page links to each translation's own address, other pages to the same address in the
/// other culture.
/// </summary>
public static class LanguageBar
{
    public static IReadOnlyList<LanguageLink> For(PageAlternates page) =>
        [.. page.Languages.Select(l => new LanguageLink(l.Culture, l.Path, l.IsCurrent, l.Exists))];
}
