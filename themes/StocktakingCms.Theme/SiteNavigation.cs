using Microsoft.AspNetCore.Http;

namespace StocktakingCms.Theme;

/// <summary>One link of the main navigation: an address under the culture and its label.</summary>
public sealed record NavigationLink(string Url, string Label, bool IsCurrent);

/// <summary>
/// The main navigation of the public site (home, repository, calls, special repositories, submit).
/// A link is current on its own address and on the addresses below it, so an entry of the
/// repository's search or a call's page still marks the section the visitor is in.
/// </summary>
public static class SiteNavigation
{
    /// <summary>Paths under <c>/{culture}</c> paired with their (already localized) labels, in display order.</summary>
    public static IReadOnlyList<NavigationLink> For(HttpRequest request, string culture, IReadOnlyList<(string Path, string Label)> links)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(links);
        var current = (request.Path.Value ?? "/").TrimEnd('/');
        return [.. links.Select(link =>
        {
            var url = $"/{culture}{link.Path}";
            var trimmed = url.TrimEnd('/');
            var isCurrent = link.Path == "/"
                ? current == trimmed
                : current.Equals(trimmed, StringComparison.OrdinalIgnoreCase) || current.StartsWith(trimmed + "/", StringComparison.OrdinalIgnoreCase);
            return new NavigationLink(url, link.Label, isCurrent);
        })];
    }
}
