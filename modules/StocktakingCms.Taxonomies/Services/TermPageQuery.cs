using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Data;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>An item listed on a term page: in the visitor's language when translated, else its original.</summary>
public sealed record TermPageItem(string Title, string? Url, string Culture, bool IsInRequestedCulture, DateTime Date);

public sealed record TermPage(IReadOnlyList<TermPageItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The published items tagged with a term or any term below it, newest first, one per
/// localization set (translations of an entry are one entry), paged in SQL.
/// </summary>
public sealed class TermPageQuery(TaxonomiesDbContext links, CoreDbContext content, ContentsDbContext routes, IOptions<TermPageOptions> options)
{
    public const int PageSize = 20;

    public Task<TermPage> ListAsync(TaxonomyTree tree, string termCode, string culture, int page, CancellationToken cancellationToken) =>
        ListAsync(tree, termCode, culture, page, [], cancellationToken);

    /// <summary>The items of the term that also match every filter (any of a filter's codes).</summary>
    public async Task<TermPage> ListAsync(
        TaxonomyTree tree, string termCode, string culture, int page, IReadOnlyList<TermPageFilter> filters, CancellationToken cancellationToken)
    {
        var tagged = Filtered(Tagged(tree, termCode), filters);
        var sets = tagged.GroupBy(l => l.LocalizationSet).Select(g => new { Set = g.Key, Date = g.Max(l => l.SortDate) });
        var total = await sets.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var pageSets = await sets.OrderByDescending(s => s.Date).ThenBy(s => s.Set)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var setIds = pageSets.Select(s => s.Set).ToList();

        var candidates = await tagged.Where(l => setIds.Contains(l.LocalizationSet))
            .Select(l => new { l.LocalizationSet, l.ContentItemId, l.Culture }).Distinct().ToListAsync(cancellationToken);
        var chosen = candidates.GroupBy(c => c.LocalizationSet).ToDictionary(
            g => g.Key,
            g => g.FirstOrDefault(c => c.Culture == culture) ?? g.First());
        var ids = chosen.Values.Select(c => c.ContentItemId).ToList();
        var titles = await content.ContentItems.AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId) && i.Published && !i.Deleted)
            .ToDictionaryAsync(i => i.ContentItemId, i => i.DisplayText, cancellationToken);
        var slugs = await routes.AutorouteEntries.AsNoTracking()
            .Where(e => ids.Contains(e.ContentItemId) && e.Published)
            .ToDictionaryAsync(e => e.ContentItemId, e => $"/{e.Culture}/{e.Slug}", cancellationToken);

        var items = pageSets
            .Where(s => chosen.ContainsKey(s.Set) && titles.ContainsKey(chosen[s.Set].ContentItemId))
            .Select(s =>
            {
                var item = chosen[s.Set];
                return new TermPageItem(titles[item.ContentItemId], slugs.GetValueOrDefault(item.ContentItemId), item.Culture, item.Culture == culture, s.Date);
            })
            .ToList();
        return new TermPage(items, total, page, PageSize);
    }

    /// <summary>
    /// For each facet, how many items (translation sets) of the term carry each of its codes, given
    /// the other facets' filters: choosing a value narrows the other facets, never its own.
    /// </summary>
    public async Task<Dictionary<string, Dictionary<string, int>>> CountAsync(
        TaxonomyTree tree, string termCode, IReadOnlyList<TermPageFacet> facets, IReadOnlyList<TermPageFilter> filters, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            var items = Filtered(Tagged(tree, termCode), [.. filters.Where(f => f.Taxonomy != facet.Taxonomy)]).Select(l => l.ContentItemId);
            counts[facet.Taxonomy] = await links.TermLinks.AsNoTracking()
                .Where(l => l.Published && l.TaxonomyCode == facet.Taxonomy && items.Contains(l.ContentItemId))
                .GroupBy(l => l.TermCode)
                .Select(g => new { Code = g.Key, Count = g.Select(l => l.LocalizationSet).Distinct().Count() })
                .ToDictionaryAsync(x => x.Code, x => x.Count, StringComparer.OrdinalIgnoreCase, cancellationToken);
        }

        return counts;
    }

    /// <summary>The published links of the listed types to the term or a term below it.</summary>
    private IQueryable<TermLink> Tagged(TaxonomyTree tree, string termCode)
    {
        var codes = tree.SelfAndDescendantCodes(termCode).ToList();
        return Listed(links.TermLinks.AsNoTracking())
            .Where(l => l.Published && l.TaxonomyCode == tree.Code && codes.Contains(l.TermCode));
    }

    /// <summary>
    /// Keeps the links of items whose published version carries one of each filter's codes, written
    /// as <c>IN (subquery)</c>, which SQLite runs once on the (taxonomy, term) index.
    /// </summary>
    private IQueryable<TermLink> Filtered(IQueryable<TermLink> tagged, IReadOnlyList<TermPageFilter> filters)
    {
        foreach (var filter in filters)
        {
            var taxonomy = filter.Taxonomy;
            var codes = filter.Codes.ToList();
            var matching = links.TermLinks.Where(l => l.Published && l.TaxonomyCode == taxonomy && codes.Contains(l.TermCode)).Select(l => l.ContentItemId);
            tagged = tagged.Where(l => matching.Contains(l.ContentItemId));
        }

        return tagged;
    }

    /// <summary>Only the links of the types term pages list (<see cref="TermPageOptions"/>).</summary>
    public IQueryable<TermLink> Listed(IQueryable<TermLink> termLinks)
    {
        var types = options.Value.ListedContentTypes.ToList();
        return types.Count == 0 ? termLinks : termLinks.Where(l => types.Contains(l.ContentType));
    }

    /// <summary>How many items use any of the terms, in their latest or their published version, each item once.</summary>
    public Task<int> ItemsUsingAsync(string taxonomyCode, IReadOnlyList<string> termCodes, CancellationToken cancellationToken)
    {
        var codes = termCodes.ToList();
        return links.TermLinks.AsNoTracking()
            .Where(l => l.TaxonomyCode == taxonomyCode && codes.Contains(l.TermCode))
            .Select(l => l.ContentItemId)
            .Distinct()
            .CountAsync(cancellationToken);
    }

    /// <summary>How many items (latest versions) use each term of a taxonomy, for the admin tree.</summary>
    public async Task<Dictionary<string, int>> UsageAsync(string taxonomyCode, CancellationToken cancellationToken) =>
        await links.TermLinks.AsNoTracking()
            .Where(l => !l.Published && l.TaxonomyCode == taxonomyCode)
            .GroupBy(l => l.TermCode)
            .Select(g => new { Code = g.Key, Count = g.Select(l => l.ContentItemId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Count, StringComparer.OrdinalIgnoreCase, cancellationToken);
}
