namespace StocktakingCms.Core.Sitemaps;

/// <summary>
/// Public pages a module puts in <c>/sitemap.xml</c>, so the sitemap needs no reference to the
/// modules that serve them and loses their pages when a module is switched off.
/// </summary>
public interface ISitemapSource
{
    Task<IReadOnlyList<SitemapPage>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One page in the languages it exists in: the site path of each version by culture
/// (<c>"fr" → "/fr/a-propos"</c>). Each version is listed with the others as its alternates.
/// </summary>
public sealed record SitemapPage(IReadOnlyDictionary<string, string> PathsByCulture, DateTime? LastModifiedUtc = null);
