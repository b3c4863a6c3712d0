using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Calls;

/// <summary>The calls archive of each culture in /sitemap.xml (call and letter pages come with the content).</summary>
public sealed class CallsSitemap() : SitePagesSitemapSource("calls");
