namespace StocktakingCms.Localization;

/// <summary><c>Localization:Sitemap</c> configuration.</summary>
public sealed class SitemapOptions
{
    /// <summary>The output-cache policy of /sitemap.xml and its numbered files.</summary>
    public const string CachePolicy = "sitemap";

    /// <summary>URLs per sitemap file; beyond it /sitemap.xml becomes an index of /sitemap-1.xml, /sitemap-2.xml... (the protocol allows 50,000).</summary>
    public int PageSize { get; set; } = 50_000;

    /// <summary>
    /// How long a node answers crawlers from its cached sitemap files rather than reading every
    /// published page again. A publication evicts them at once on the node where it happened; the
    /// other nodes catch up within this time.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(1);
}
