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
    /// <summary>Request localization has already chosen from the cookie and Accept-Language.</summary>
    [HttpGet("/")]
    public IActionResult Root() =>
        Redirect($"/{CmsCultures.CurrentName}/");

    [HttpGet("{culture:cms-culture}")]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        // Two queries: the route index and the content versions live in different modules' contexts.
        var slugs = await routes.AutorouteEntries.AsNoTracking()
            .Where(e => e.Published && e.Culture == culture)
            .ToDictionaryAsync(e => e.ContentItemId, e => e.Slug, cancellationToken);
        var ids = slugs.Keys.ToList();
        var pages = await db.ContentItems.AsNoTracking()
            .Where(i => i.Published && !i.Deleted && ids.Contains(i.ContentItemId))
            .OrderByDescending(i => i.PublishedUtc)
            .Take(10)
            .Select(i => new { i.ContentItemId, i.DisplayText, i.PublishedUtc })
            .ToListAsync(cancellationToken);
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
            Pages = [.. pages.Select(p => new PageLink(p.DisplayText, $"/{culture}/{slugs[p.ContentItemId]}", culture, p.PublishedUtc))],
        });
    }
}
