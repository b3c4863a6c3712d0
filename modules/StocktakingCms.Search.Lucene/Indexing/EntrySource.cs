using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>Reads published entries from the database, the truth every index is built from.</summary>
public sealed class EntrySource(CoreDbContext content, TaxonomyStore taxonomies)
{
    /// <summary>The documents of each localization set, per culture (null where the set has nothing online).</summary>
    public async Task<Dictionary<string, Dictionary<string, Document?>>> BuildAsync(IReadOnlyCollection<string> sets, CancellationToken cancellationToken)
    {
        var (builder, bySet) = await LoadAsync(sets, cancellationToken);
        return bySet.ToDictionary(s => s.Key, s => builder.Build(s.Value), StringComparer.Ordinal);
    }

    /// <summary>The published versions of each set, and a builder for their documents (a rebuild builds them in parallel).</summary>
    public async Task<(EntryDocumentBuilder Builder, Dictionary<string, ContentItem[]> Sets)> LoadAsync(IReadOnlyCollection<string> sets, CancellationToken cancellationToken)
    {
        var trees = await taxonomies.FacetTreesAsync(cancellationToken);
        var builder = new EntryDocumentBuilder(trees.ToDictionary(t => t.Facet.Taxonomy!, t => t.Tree, StringComparer.Ordinal));
        var items = await content.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == EntryFields.ContentType && i.Published && !i.Deleted && sets.Contains(i.LocalizationSet))
            .ToListAsync(cancellationToken);
        var bySet = items.ToLookup(i => i.LocalizationSet, StringComparer.Ordinal);
        return (builder, sets.Distinct(StringComparer.Ordinal).ToDictionary(s => s, s => bySet[s].ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Every localization set with a published entry, for a rebuild.</summary>
    public Task<List<string>> ListSetsAsync(CancellationToken cancellationToken) => ListSetsAsync(CmsCultures.All, cancellationToken);

    /// <summary>
    /// The localization sets with a published version in one of the cultures, for a rebuild of
    /// their indexes, read as the builder reads a version's language (in lower case; a culture the
    /// site does not offer goes to the default culture's index).
    /// </summary>
    public async Task<List<string>> ListSetsAsync(IReadOnlyCollection<string> cultures, CancellationToken cancellationToken)
    {
        var offered = CmsCultures.All.ToList();
        var wanted = cultures.ToList();
        var orUnoffered = wanted.Contains(CmsCultures.Default);
#pragma warning disable CA1304, CA1311 // ToLower() is translated to SQL's LOWER(): no .NET culture is involved.
        return await content.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == EntryFields.ContentType && i.Published && !i.Deleted)
            .Where(i => wanted.Contains(i.Culture.ToLower()) || (orUnoffered && !offered.Contains(i.Culture.ToLower())))
            .Select(i => i.LocalizationSet)
            .Distinct()
            .OrderBy(s => s)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
    }
}
