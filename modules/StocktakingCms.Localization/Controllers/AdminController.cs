using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Localization.Services;
using StocktakingCms.Localization.ViewModels;
using ContentPermissions = StocktakingCms.Contents.Permissions;

namespace StocktakingCms.Localization.Controllers;

/// <summary>The translation coverage table: per content type and culture, items written and items missing; the list of items missing in a culture.</summary>
[Area("StocktakingCms.Localization")]
[Route("admin/translations")]
[RequirePermission(nameof(ContentPermissions.EditContent))]
public sealed class AdminController(CoverageQuery coverage) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CoverageFilter filter, CancellationToken cancellationToken)
    {
        var types = await coverage.TranslatableTypesAsync(cancellationToken);
        var type = types.FirstOrDefault(t => t.Name == filter.Type);
        var missingIn = CmsCultures.IsSupported(filter.Missing) ? CmsCultures.Find(filter.Missing) : null;
        return View(new CoverageViewModel
        {
            Filter = filter,
            Types = types,
            Rows = await coverage.BuildAsync(cancellationToken),
            MissingIn = missingIn,
            TypeName = type?.DisplayName,
            Missing = missingIn is null ? null : await coverage.ListMissingAsync(type?.Name, missingIn.Name, filter.Page, PageSize, cancellationToken),
        });
    }
}
