using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>One value of a term page's filter: the term in the visitor's language, how many items carry it.</summary>
public sealed record TermPageFacetValue(string Code, string Label, int Count, bool Selected);

/// <summary>A filter as the page shows it: the taxonomy's name as the legend, its values with counts.</summary>
public sealed record TermPageFacetView(string Parameter, string Legend, IReadOnlyList<TermPageFacetValue> Values);

/// <summary>What the visitor chose (to list the items) and the filters to show with their counts.</summary>
public sealed record TermPageSelection(IReadOnlyList<TermPageFilter> Filters, IReadOnlyList<TermPageFacetView> Facets)
{
    public static readonly TermPageSelection None = new([], []);
}

/// <summary>
/// The filters of a special repository's page, the repository's facets counted in SQL over the
/// repository's published items: several values of one filter widen it, several filters narrow
/// the list. Codes a taxonomy does not hold are ignored, so a stale or hand-made address never fails.
/// </summary>
public sealed class TermPageFacets(TaxonomyStore store, TermPageQuery query, IOptions<TermPageOptions> options)
{
    public async Task<TermPageSelection> SelectAsync(
        TaxonomyTree tree, string termCode, IQueryCollection request, string culture, CancellationToken cancellationToken)
    {
        var facets = new List<(TermPageFacet Facet, TaxonomyTree Tree, HashSet<string> Chosen)>();
        foreach (var facet in options.Value.Facets)
        {
            if (await store.GetAsync(facet.Taxonomy, cancellationToken) is not { } facetTree)
            {
                continue;
            }

            var chosen = request[facet.Parameter]
                .Select(code => facetTree.Find(code ?? "")?.Code)
                .OfType<string>()
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            facets.Add((facet, facetTree, chosen));
        }

        if (facets.Count == 0)
        {
            return TermPageSelection.None;
        }

        List<TermPageFilter> filters = [.. facets.Where(f => f.Chosen.Count > 0).Select(f => new TermPageFilter(f.Facet.Taxonomy, [.. f.Chosen]))];
        var counts = await query.CountAsync(tree, termCode, [.. facets.Select(f => f.Facet)], filters, cancellationToken);
        var views = facets
            .Select(f =>
            {
                var terms = f.Facet.TopLevelOnly ? f.Tree.Taxonomy.Terms : f.Tree.Taxonomy.AllTerms();
                var termCounts = counts.GetValueOrDefault(f.Facet.Taxonomy) ?? [];
                List<TermPageFacetValue> values =
                [
                    .. terms
                        .Select(t => new TermPageFacetValue(t.Code, t.Names.For(culture), termCounts.GetValueOrDefault(t.Code), f.Chosen.Contains(t.Code)))
                        .Where(v => v.Count > 0 || v.Selected),
                ];
                return new TermPageFacetView(f.Facet.Parameter, f.Tree.Taxonomy.Names.For(culture), values);
            })
            .Where(v => v.Values.Count > 0)
            .ToList();
        return new TermPageSelection(filters, views);
    }
}
