using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Settings;
using StocktakingCms.Home.ViewModels;

namespace StocktakingCms.Home.Controllers;

[Area("StocktakingCms.Home")]
public sealed class HomeController(
    CoreDbContext db,
    ContentsDbContext routes,
    SiteDocuments documents,
    IEnumerable<IHomeSection> sections,
    ModuleState modules) : Controller
{
    private const string PageType = "Page";

    /// <summary>Request localization has already chosen from the cookie and Accept-Language.</summary>
    [HttpGet("/")]
    public IActionResult Root() =>
        Redirect($"/{CmsCultures.CurrentName}/");

    [HttpGet("{culture:cms-culture}")]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        // Static pages only (entries, calls and letters have blocks of their own). Two queries: the
        // content versions and the route index live in different modules' contexts.
        var pages = await db.ContentItems.AsNoTracking()
            .Where(i => i.Published && !i.Deleted && i.ContentType == PageType && i.Culture == culture)
            .OrderByDescending(i => i.PublishedUtc)
            .Take(5)
            .Select(i => new { i.ContentItemId, i.DisplayText, i.PublishedUtc })
            .ToListAsync(cancellationToken);
        var ids = pages.Select(p => p.ContentItemId).ToList();
        var slugs = await routes.AutorouteEntries.AsNoTracking()
            .Where(e => e.Published && ids.Contains(e.ContentItemId))
            .ToDictionaryAsync(e => e.ContentItemId, e => e.Slug, cancellationToken);
        var blocks = new List<HomeSectionShape>();
        foreach (var section in modules.Enabled(sections))
        {
            if (await section.BuildAsync(culture, cancellationToken) is { } block)
            {
                blocks.Add(block);
            }
        }

        return View(new HomeViewModel
        {
            SiteName = settings.SiteName,
            Sections = [.. blocks.OrderBy(b => b.Position)],
            Pages = [.. pages.Where(p => slugs.ContainsKey(p.ContentItemId)).Select(p => new PageLink(p.DisplayText, $"/{culture}/{slugs[p.ContentItemId]}", culture, p.PublishedUtc))],
        });
    }
}
