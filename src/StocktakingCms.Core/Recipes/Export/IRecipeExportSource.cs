using System.Text.Json;
using System.Text.Json.Nodes;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>What to export: with or without content items, and which content types (null: all).</summary>
public sealed record RecipeExportRequest(bool IncludeContent = true, IReadOnlySet<string>? ContentTypes = null);

/// <summary>
/// Writes the current state of one thing as recipe steps that recreate it (the counterpart of an
/// <see cref="IRecipeStepHandler"/>). Modules add their own (workflow types...); a switched-off
/// module's source is not asked.
/// </summary>
public interface IRecipeExportSource
{
    /// <summary>Where its steps go in the recipe: what others need first comes first (features 0, settings 10, roles 20, types 30, content 100).</summary>
    int Order { get; }

    Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Writes its steps into the recipe's <c>steps</c> array as the file is written. By default the
    /// steps of <see cref="ExportAsync"/>; a source of many items (content) writes them as it reads
    /// them, so an export of the whole register is never held in memory.
    /// </summary>
    async Task WriteStepsAsync(Utf8JsonWriter steps, RecipeExportRequest request, CancellationToken cancellationToken)
    {
        foreach (var step in await ExportAsync(request, cancellationToken))
        {
            step.WriteTo(steps, ContentJson.Options);
        }
    }
}
