using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Settings;
using StocktakingCms.Entries.Services;
using StocktakingCms.Entries.ViewModels;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Entries.Controllers;

/// <summary>The admin list of entries; editing is the content editor's.</summary>
[Area("StocktakingCms.Entries")]
[Route("admin/entries")]
[RequirePermission(nameof(Contents.Permissions.EditContent))]
public sealed class AdminController(EntryAdminQuery query, TaxonomyStore taxonomies, SiteDocuments documents, IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] EntryFilter filter, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var page = await query.ListAsync(filter, settings.PageSize, cancellationToken);
        var filters = new List<TermFilter>();
        foreach (var (parameter, label, taxonomy, selected) in new (string, string, string, string?)[]
        {
            ("actionLine", T["Action line"], "action-lines", filter.ActionLine),
            ("sdg", T["SDG"], "sdgs", filter.Sdg),
            ("stakeholderType", T["Stakeholder type"], "stakeholder-types", filter.StakeholderType),
            ("country", T["Country"], "countries", filter.Country),
            ("region", T["Region"], "regions", filter.Region),
            ("edition", T["Edition"], "report-editions", filter.Edition),
            ("projectStatus", T["Project status"], "project-status", filter.ProjectStatus),
        })
        {
            if (await taxonomies.GetAsync(taxonomy, cancellationToken) is { } tree)
            {
                filters.Add(new TermFilter(parameter, label, tree, selected));
            }
        }

        return View(new EntryListViewModel(filter, page, filters, CmsCultures.CurrentName));
    }
}
