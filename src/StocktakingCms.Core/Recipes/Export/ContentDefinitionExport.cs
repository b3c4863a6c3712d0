using System.Text.Json.Nodes;
using StocktakingCms.Core.Content.Definitions;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>The <c>content-definition</c> step: every content type with its parts and settings.</summary>
public sealed class ContentDefinitionExport(IContentDefinitionStore store) : IRecipeExportSource
{
    public int Order => 30;

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var types = (await store.ListTypesAsync(cancellationToken)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        return ExportedStep.ListOf("content-definition", "contentTypes", types);
    }
}
