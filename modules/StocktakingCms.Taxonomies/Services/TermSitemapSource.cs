using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Sitemaps;
using StocktakingCms.Taxonomies.Data;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// The public term pages in /sitemap.xml, in every culture: only terms that list at least one
/// published item (their own or a narrower term's), since an empty term page tells a search engine
/// nothing; last modified when the newest of those items was published.
/// </summary>
public sealed class TermSitemapSource(TaxonomyStore taxonomies, TaxonomiesDbContext links, TermPageQuery termPages) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapPage>> ListAsync(CancellationToken cancellationToken)
    {
        var pages = new List<SitemapPage>();
        var codes = PublicTaxonomyConstraint.Codes.ToList();
        var used = await termPages.Listed(links.TermLinks.AsNoTracking())
            .Where(l => l.Published && codes.Contains(l.TaxonomyCode))
            .GroupBy(l => new { l.TaxonomyCode, l.TermCode })
            .Select(g => new { g.Key.TaxonomyCode, g.Key.TermCode, Newest = g.Max(l => l.SortDate) })
            .ToListAsync(cancellationToken);

        foreach (var taxonomy in used.GroupBy(u => u.TaxonomyCode, StringComparer.OrdinalIgnoreCase))
        {
            if (await taxonomies.GetAsync(taxonomy.Key, cancellationToken) is not { } tree)
            {
                continue;
            }

            // A term page lists the items of the terms below it: each used term makes its ancestors' pages worth listing.
            var newestByTerm = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);
            foreach (var use in taxonomy)
            {
                foreach (var term in tree.PathTo(use.TermCode))
                {
                    newestByTerm[term.Code] = newestByTerm.TryGetValue(term.Code, out var known) && known > use.Newest ? known : use.Newest;
                }
            }

            pages.AddRange(newestByTerm
                .OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => SitePagesSitemapSource.InEveryCulture($"{tree.Code}/{t.Key}", t.Value)));
        }

        return pages;
    }
}
