using Microsoft.AspNetCore.Http;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Routing;

namespace StocktakingCms.Theme;

/// <summary>One link of the language bar: the same page in another language.</summary>
public sealed record LanguageLink(CmsCulture Culture, string Url, bool IsCurrent);

/// <summary>
/// The language bar in UN order (عربي · 中文 · English · Français · Русский · Español), each name in
/// its own language. A link keeps the page and changes only the culture segment of the address.
/// </summary>
public static class LanguageBar
{
    public static IReadOnlyList<LanguageLink> For(HttpRequest request, string currentCulture)
    {
        var path = request.Path.Value ?? "/";
        var pathCulture = UrlCultureProvider.FromPath(request.Path, CmsCultures.All);
        var rest = pathCulture is null ? "/" : path[(pathCulture.Length + 1)..];
        if (rest.Length == 0)
        {
            rest = "/";
        }

        return [.. CmsCultures.Cultures.Select(c => new LanguageLink(c, $"/{c.Name}{rest}", c.Name == currentCulture))];
    }
}
