using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using StocktakingCms.Entries.Data;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Entries.Public;

/// <summary>Published entries per top-level term of a taxonomy (an entry and its translations count once).</summary>
public sealed record TermFigures(int Total, IReadOnlyDictionary<string, int> ByTopLevelTerm);

/// <summary>
/// The home page figures, counted from the term-link index (one row per published entry version
/// and term; no JSON is read) and kept for <see cref="Lifetime"/>: a busy home page costs one pair
/// of queries a minute per node, and a newly published entry shows in the figures within that time.
/// </summary>
public sealed class EntryFigures(EntriesDbContext db, TaxonomyStore taxonomies, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<TermFigures> ForAsync(string taxonomyCode, CancellationToken cancellationToken)
    {
        var key = $"EntryFigures:{taxonomyCode}";
        if (cache.TryGetValue(key, out TermFigures? cached) && cached is not null)
        {
            return cached;
        }

        var tree = await taxonomies.GetAsync(taxonomyCode, cancellationToken);
        // Distinct (term, localization set) pairs: sub-terms roll up to their top-level term in
        // memory, where an entry tagged C7 and C7-e-health must still count once under C7.
        var pairs = await db.TermLinks.AsNoTracking()
            .Where(l => l.Published && l.ContentType == EntryFields.ContentType && l.TaxonomyCode == taxonomyCode)
            .Select(l => new { l.TermCode, l.LocalizationSet })
            .Distinct()
            .ToListAsync(cancellationToken);
        var byTop = pairs
            .Select(p => (Top: tree?.PathTo(p.TermCode) is { Count: > 0 } path ? path[0].Code : p.TermCode, p.LocalizationSet))
            .GroupBy(p => p.Top, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.LocalizationSet).Distinct().Count(), StringComparer.OrdinalIgnoreCase);
        var total = await db.Entries.AsNoTracking()
            .Where(e => e.Published)
            .Select(e => e.LocalizationSet)
            .Distinct()
            .CountAsync(cancellationToken);

        var figures = new TermFigures(total, byTop);
        cache.Set(key, figures, Lifetime);
        return figures;
    }
}
