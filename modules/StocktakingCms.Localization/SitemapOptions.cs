namespace StocktakingCms.Localization;

/// <summary><c>Localization:Sitemap</c> configuration.</summary>
public sealed class SitemapOptions
{
    /// <summary>URLs per sitemap file; beyond it /sitemap.xml becomes an index of /sitemap-1.xml, /sitemap-2.xml... (the protocol allows 50,000).</summary>
    public int PageSize { get; set; } = 50_000;
}
