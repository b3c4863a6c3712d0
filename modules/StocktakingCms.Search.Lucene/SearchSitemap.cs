using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Search.Lucene;

/// <summary>The search page of each culture in /sitemap.xml.</summary>
public sealed class SearchSitemap() : SitePagesSitemapSource("search");
