using System.Text.Json.Nodes;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Taxonomies.Recipes;

/// <summary>
/// The <c>taxonomies</c> step of an export: every taxonomy with its terms, matched by code on the
/// target site (each site made its taxonomy items with ids of its own, so they are not in the
/// <c>content</c> step). Before the content that uses their terms.
/// </summary>
public sealed class TaxonomiesExport(TaxonomyStore taxonomies) : IRecipeExportSource
{
    public int Order => 40;

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var all = (await taxonomies.ListAsync(cancellationToken)).Select(t => t.Taxonomy).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        return ExportedStep.ListOf("taxonomies", "taxonomies", all);
    }
}
