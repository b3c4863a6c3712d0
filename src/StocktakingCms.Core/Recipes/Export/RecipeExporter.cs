using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>
/// The site as a recipe: every enabled module's <see cref="IRecipeExportSource"/> in order. Run
/// with <c>recipe PATH</c> on another site (or this one: nothing changes), it recreates the
/// features, settings, roles, content types, workflow types and content. Accounts, e-mails and
/// uploaded files are not in it (see docs/operations.md: backups).
/// </summary>
public sealed class RecipeExporter(IEnumerable<IRecipeExportSource> sources, ModuleState modules, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Indented = new(ContentJson.Options) { WriteIndented = true };

    public async Task<JsonObject> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var steps = new JsonArray();
        foreach (var source in modules.Enabled(sources).OrderBy(s => s.Order))
        {
            foreach (var step in await source.ExportAsync(request, cancellationToken))
            {
                steps.Add(step);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonObject
        {
            ["name"] = "export-" + now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
            ["displayName"] = "Export of " + now.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["description"] = request.IncludeContent ? "Site configuration and content." : "Site configuration, without content.",
            ["steps"] = steps,
        };
    }

    public async Task WriteAsync(RecipeExportRequest request, Stream output, CancellationToken cancellationToken = default)
    {
        var recipe = await ExportAsync(request, cancellationToken);
        await JsonSerializer.SerializeAsync(output, recipe, Indented, cancellationToken);
    }
}
