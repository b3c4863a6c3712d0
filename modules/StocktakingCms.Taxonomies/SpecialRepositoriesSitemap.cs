using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Taxonomies;

/// <summary>The special repositories' directory of each culture in /sitemap.xml (each repository's page comes with the term pages).</summary>
public sealed class SpecialRepositoriesSitemap() : SitePagesSitemapSource("special-repositories");
