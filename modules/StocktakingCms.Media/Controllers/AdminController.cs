using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Settings;
using StocktakingCms.Media.Services;

namespace StocktakingCms.Media.Controllers;

/// <summary>The admin list of uploaded files.</summary>
[Area("StocktakingCms.Media")]
[Route("admin/media")]
[RequirePermission(nameof(Permissions.ManageMedia))]
public sealed class AdminController(MediaAdminQuery query, SiteDocuments documents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        return View(await query.ListAsync(page, settings.PageSize, cancellationToken));
    }
}
