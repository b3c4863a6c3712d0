using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>The taxonomies of the facets, as documents are built and results labelled with them.</summary>
public static class FacetTrees
{
    /// <summary>The published taxonomy of each facet that has one (a facet whose taxonomy is not published is left out).</summary>
    public static async Task<List<(SearchFacet Facet, TaxonomyTree Tree)>> FacetTreesAsync(this TaxonomyStore taxonomies, CancellationToken cancellationToken)
    {
        var trees = new List<(SearchFacet, TaxonomyTree)>();
        foreach (var facet in SearchFacet.All.Where(f => f.Taxonomy is not null))
        {
            if (await taxonomies.GetAsync(facet.Taxonomy!, cancellationToken) is { } tree)
            {
                trees.Add((facet, tree));
            }
        }

        return trees;
    }
}
