using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Admin.ViewModels;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Admin.Controllers;

/// <summary><c>/admin/export</c>: the site as a recipe file to download (configuration, and content of the chosen types).</summary>
[Area("StocktakingCms.Admin")]
[Route("admin/export")]
[RequirePermission(nameof(CorePermissions.ManageSettings))]
public sealed class ExportController(
    RecipeExporter exporter, IContentDefinitionStore definitions, TimeProvider clock, IStringLocalizer<ExportController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new ExportViewModel { AvailableTypes = await TypesAsync(cancellationToken) };
        model.ContentTypes = [.. model.AvailableTypes.Select(t => t.Name)];
        return View(model);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Download(ExportViewModel model, CancellationToken cancellationToken)
    {
        var available = await TypesAsync(cancellationToken);
        var chosen = model.ContentTypes.Where(name => available.Any(t => t.Name == name)).ToHashSet(StringComparer.Ordinal);
        if (model.IncludeContent && chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(model.ContentTypes), T["Choose at least one content type, or leave the content out."]);
            model.AvailableTypes = available;
            return View(nameof(Index), model);
        }

        var request = new RecipeExportRequest(model.IncludeContent, chosen.Count == available.Count ? null : chosen);
        // Written whole to a temporary file first: a failure gives an error, not a truncated download,
        // and the export of a large register is not held in memory. The file goes when it is sent.
        var stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await exporter.WriteAsync(request, stream, cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }

        stream.Position = 0;
        var name = "stocktaking-export-" + clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".recipe.json";
        return File(stream, "application/json", name);
    }

    private async Task<IReadOnlyList<(string Name, string DisplayName)>> TypesAsync(CancellationToken cancellationToken) =>
        [.. (await definitions.ListTypesAsync(cancellationToken)).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).Select(t => (t.Name, t.DisplayName))];
}
