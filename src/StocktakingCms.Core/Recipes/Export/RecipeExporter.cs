using System.Globalization;
using System.Text.Json;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>
/// The site as a recipe: every enabled module's <see cref="IRecipeExportSource"/> in order. Run
/// with <c>recipe PATH</c> on another site (or this one: nothing changes), it recreates the
/// features, settings, roles, content types, workflow types and content. Accounts, e-mails and
/// uploaded files are not in it (see docs/operations.md: backups). Written as it is read: the
/// content step goes out batch by batch, so the size of the site does not set the memory it takes.
/// </summary>
public sealed class RecipeExporter(IEnumerable<IRecipeExportSource> sources, ModuleState modules, TimeProvider clock)
{
    public async Task WriteAsync(RecipeExportRequest request, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = ContentJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("name", "export-" + now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        writer.WriteString("displayName", "Export of " + now.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        writer.WriteString("description", request.IncludeContent ? "Site configuration and content." : "Site configuration, without content.");
        writer.WriteStartArray("steps");
        foreach (var source in modules.Enabled(sources).OrderBy(s => s.Order))
        {
            await source.WriteStepsAsync(writer, request, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
