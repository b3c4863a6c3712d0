using System.Text.Json.Nodes;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>The <c>features</c> step: the modules switched on and off here.</summary>
public sealed class FeaturesExport(ModuleState modules) : IRecipeExportSource
{
    public int Order => 0;

    public Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var all = modules.Catalog.Modules.Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<JsonObject> steps =
        [
            new JsonObject
            {
                ["name"] = "features",
                ["enable"] = new JsonArray([.. all.Where(modules.IsEnabled).Select(id => JsonValue.Create(id))]),
                ["disable"] = new JsonArray([.. all.Where(id => !modules.IsEnabled(id)).Select(id => JsonValue.Create(id))]),
            },
        ];
        return Task.FromResult(steps);
    }
}
