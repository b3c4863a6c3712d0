using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Contents.Services;
using StocktakingCms.Contents.ViewModels;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Routing;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Contents.Controllers;

/// <summary>Serves published items at their address, <c>/{culture}/{slug}</c>.</summary>
[Area("StocktakingCms.Contents")]
public sealed class ItemController(
    ContentRouteResolver resolver,
    ContentDisplayService display,
    ContentViewSelector views,
    SiteDocuments documents,
    TranslationPaths translations,
    IAlternateLinks alternates) : Controller
{
    [HttpGet("{culture:cms-culture}/{**slug:minlength(1)}")]
    public async Task<IActionResult> Display(string culture, string slug, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var route = await resolver.ResolveAsync(culture, slug, settings.DefaultCulture, cancellationToken);
        if (route is null)
        {
            return NotFound();
        }

        // The language bar and hreflang links go to each translation's own address.
        var paths = await translations.ForAsync(route.Item, cancellationToken);
        if (paths.TryGetValue(route.Item.Culture, out var ownPath))
        {
            alternates.UseTranslations(ownPath, paths);
        }

        var model = new ContentDisplayViewModel
        {
            Item = route.Item,
            Parts = await display.BuildDisplayAsync(route.Item, "Detail", cancellationToken),
            DisplayType = "Detail",
            FallbackFromCulture = route.IsInRequestedCulture ? null : culture,
        };
        return View(views.Select(ControllerContext, route.Item.ContentType, "Detail"), model);
    }
}
