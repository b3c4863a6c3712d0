using StocktakingCms.Core.Localization;

namespace StocktakingCms.Core.Sitemaps;

/// <summary>
/// Pages of the site itself, which exist in every culture: <c>"calls"</c> gives <c>/{culture}/calls</c>
/// ("" is the home page). A module lists its pages with a sealed subclass, so the page goes when
/// the module is switched off.
/// </summary>
public abstract class SitePagesSitemapSource(params string[] paths) : ISitemapSource
{
    public Task<IReadOnlyList<SitemapPage>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SitemapPage>>([.. paths.Select(path => InEveryCulture(path))]);

    /// <summary>A page at <c>/{culture}/{path}</c> in every culture (<c>""</c>: the home page).</summary>
    public static SitemapPage InEveryCulture(string path, DateTime? lastModifiedUtc = null) =>
        new(CmsCultures.All.ToDictionary(c => c, c => path.Length == 0 ? $"/{c}/" : $"/{c}/{path.Trim('/')}"), lastModifiedUtc);
}
