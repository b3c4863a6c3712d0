using Microsoft.AspNetCore.Http;

namespace StocktakingCms.Core.Routing;

/// <summary>
/// The current page in the site's languages, for the language bar, the <c>hreflang</c> links and
/// the canonical link. A page that shows one item in several languages (a content item and its
/// translations) says so with <see cref="UseTranslations"/>; every other page is the same address
/// with another culture segment (<c>/fr/calls</c> → <c>/ru/calls</c>). Scoped: one per request.
/// </summary>
public interface IAlternateLinks
{
    /// <summary>
    /// Called by a page showing a translated item: <paramref name="ownPath"/> is the shown item's
    /// address (the canonical page), <paramref name="translationPaths"/> the address of each
    /// published translation by culture, the shown item's own culture included.
    /// </summary>
    void UseTranslations(string ownPath, IReadOnlyDictionary<string, string> translationPaths);

    /// <summary>The page's versions for the current request.</summary>
    PageAlternates Build(HttpRequest request);
}
