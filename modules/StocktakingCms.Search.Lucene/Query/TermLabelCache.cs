using System.Collections.Concurrent;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The <see cref="TermLabels"/> of each culture, analyzed again only when the taxonomies read are
/// not the same objects as last time (the taxonomy cache hands out new ones after a publication or
/// its expiry).
/// </summary>
public sealed class TermLabelCache(LanguageAnalyzers analyzers)
{
    private readonly ConcurrentDictionary<string, (TaxonomyTree[] Trees, TermLabels Labels)> _byCulture = new(StringComparer.Ordinal);

    public TermLabels For(string culture, IReadOnlyList<(SearchFacet Facet, TaxonomyTree Tree)> facets)
    {
        var trees = facets.Select(f => f.Tree).ToArray();
        if (_byCulture.TryGetValue(culture, out var cached) && cached.Trees.SequenceEqual(trees, ReferenceEqualityComparer.Instance))
        {
            return cached.Labels;
        }

        var labels = TermLabels.Build(facets, analyzers.For(culture), culture);
        _byCulture[culture] = (trees, labels);
        return labels;
    }
}
