using Microsoft.AspNetCore.Http;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Core.Routing;

/// <inheritdoc />
public sealed class AlternateLinks(SiteUrls urls) : IAlternateLinks
{
    private string? _ownPath;
    private IReadOnlyDictionary<string, string>? _translations;

    public void UseTranslations(string ownPath, IReadOnlyDictionary<string, string> translationPaths)
    {
        _ownPath = ownPath;
        _translations = translationPaths;
    }

    public PageAlternates Build(HttpRequest request)
    {
        var current = CmsCultures.CurrentName;
        var rest = PathAfterCulture(request.Path);
        var query = request.QueryString.Value ?? "";
        if (_ownPath is null || _translations is null)
        {
            // A page of the site itself exists in every language: swap the culture segment.
            return new PageAlternates(
                urls.Absolute($"/{current}{rest}"),
                urls.Absolute($"/{CmsCultures.Default}{rest}"),
                [.. CmsCultures.Cultures.Select(c => new AlternateLink(c, $"/{c.Name}{rest}{query}", urls.Absolute($"/{c.Name}{rest}"), Exists: true, c.Name == current))]);
        }

        // A missing translation links to the same address in that language, which shows the original with a notice.
        var languages = CmsCultures.Cultures.Select(c => _translations.TryGetValue(c.Name, out var path)
            ? new AlternateLink(c, path, urls.Absolute(path), Exists: true, c.Name == current)
            : new AlternateLink(c, $"/{c.Name}{rest}", urls.Absolute($"/{c.Name}{rest}"), Exists: false, c.Name == current)).ToList();
        // x-default: the default culture's version, else the first in UN order (the same for every version, as in the sitemap).
        var defaultPath = _translations.GetValueOrDefault(CmsCultures.Default)
            ?? CmsCultures.All.Select(_translations.GetValueOrDefault).FirstOrDefault(p => p is not null)
            ?? _ownPath;
        return new PageAlternates(urls.Absolute(_ownPath), urls.Absolute(defaultPath), languages);
    }

    /// <summary>"/fr/calls" → "/calls"; "/fr" and "/" → "/".</summary>
    private static string PathAfterCulture(PathString path)
    {
        var value = path.Value ?? "/";
        var culture = UrlCultureProvider.FromPath(path, CmsCultures.All);
        var rest = culture is null ? value : value[(culture.Length + 1)..];
        return rest.Length == 0 ? "/" : rest;
    }
}
