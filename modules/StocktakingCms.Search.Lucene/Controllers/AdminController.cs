using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Search.Lucene.ViewModels;

namespace StocktakingCms.Search.Lucene.Controllers;

/// <summary>This node's indexes: documents per culture, the last task applied, the lag behind the log; rebuild all or one.</summary>
[Area("StocktakingCms.Search.Lucene")]
[Route("admin/search")]
[RequirePermission(nameof(Permissions.ManageSearch))]
public sealed class AdminController(
    SearchDbContext db,
    SearchIndexes indexes,
    IndexingStatus status,
    IndexingSignal signal,
    LanguageNames languages,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var applied = status.LastAppliedTaskId;
        var lastTask = await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var lag = await db.Tasks.CountAsync(t => t.Id > applied, cancellationToken);
        return View(new SearchAdminViewModel(
            indexes.CountDocuments(), applied, status.LastAppliedUtc, lastTask, lag,
            status.Rebuilding || (status.RebuildRequested && status.RebuildRetryUtc is null), status.RebuildRetryUtc, status.RebuildDone, status.RebuildTotal, status.RebuildDocuments, status.RebuildFinishing,
            status.LastRebuildUtc, status.LastRebuildDuration, status.LastError));
    }

    /// <summary>Rebuilds every index, or one language's (<paramref name="culture"/>) when it alone is damaged or stale.</summary>
    [HttpPost("rebuild")]
    public IActionResult Rebuild([FromForm] string? culture)
    {
        if (culture is not null && !CmsCultures.IsSupported(culture))
        {
            TempData["Error"] = T["There is no search index for the language \"{0}\".", culture].Value;
            return RedirectToAction(nameof(Index));
        }

        status.RequestRebuild(culture?.ToLowerInvariant());
        signal.Wake();
        TempData["Message"] = culture is null
            ? T["The indexes are being rebuilt; searches keep working meanwhile."].Value
            : T["The index in {0} is being rebuilt; searches keep working meanwhile.", languages.For(culture)].Value;
        return RedirectToAction(nameof(Index));
    }
}
