using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Entries.Public.OpenData;

/// <summary>The open data page of each culture in /sitemap.xml.</summary>
public sealed class OpenDataSitemap() : SitePagesSitemapSource("open-data");
