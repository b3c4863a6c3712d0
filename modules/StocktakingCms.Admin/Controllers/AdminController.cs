using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Admin.ViewModels;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Admin.Controllers;

[Area("StocktakingCms.Admin")]
[Route("admin")]
public sealed class AdminController(CoreDbContext db, IContentDefinitionStore definitions, SiteDocuments documents, ModuleState modules) : Controller
{
    [HttpGet("")]
    [RequirePermission(nameof(CorePermissions.AccessAdmin))]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.ContentItems.AsNoTracking()
            .Where(i => i.Latest && !i.Deleted)
            .GroupBy(i => i.ContentType)
            .Select(g => new { Type = g.Key, Published = g.Count(i => i.Published), Drafts = g.Count(i => !i.Published) })
            .ToListAsync(cancellationToken);
        var types = await definitions.ListTypesAsync(cancellationToken);
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        return View(new DashboardViewModel
        {
            SiteName = settings.SiteName,
            Types = [.. types.Select(t =>
            {
                var count = counts.FirstOrDefault(c => c.Type == t.Name);
                return new DashboardViewModel.TypeCount(t.Name, t.DisplayName, count?.Published ?? 0, count?.Drafts ?? 0);
            })],
        });
    }

    [HttpGet("modules")]
    [RequirePermission(nameof(CorePermissions.ManageModules))]
    public IActionResult Modules() =>
        View(modules.Catalog.Modules.Select(m => new ModuleRow(
            m.Id, m.Manifest.Name, m.Manifest.Category, m.Manifest.Description, m.Dependencies,
            modules.IsEnabled(m.Id), modules.NeedsRestart(m.Id), modules.Catalog.IsAlwaysEnabled(m.Id))).ToList());
}
