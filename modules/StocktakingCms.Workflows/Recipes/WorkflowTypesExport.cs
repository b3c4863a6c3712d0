using System.Text.Json.Nodes;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.Recipes;

/// <summary>The <c>workflow-types</c> step of an export: every workflow type, after the content types it names and before the content.</summary>
public sealed class WorkflowTypesExport(WorkflowTypes types) : IRecipeExportSource
{
    public int Order => 50;

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken) =>
        ExportedStep.ListOf("workflow-types", "types", await types.ListAsync(cancellationToken));
}
