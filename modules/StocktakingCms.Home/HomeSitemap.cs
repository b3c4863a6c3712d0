using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Home;

/// <summary>The home page of each culture in /sitemap.xml.</summary>
public sealed class HomeSitemap() : SitePagesSitemapSource("");
