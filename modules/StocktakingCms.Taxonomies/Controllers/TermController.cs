using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Taxonomies.ViewModels;

namespace StocktakingCms.Taxonomies.Controllers;

/// <summary>Public term pages: <c>/{culture}/action-lines/C7-e-health</c> lists the entries tagged with the term or below it.</summary>
[Area("StocktakingCms.Taxonomies")]
public sealed class TermController(TaxonomyStore store, TermPageQuery query) : Controller
{
    [HttpGet("{culture:cms-culture}/{taxonomy:public-taxonomy}/{code}")]
    public async Task<IActionResult> Show(string culture, string taxonomy, string code, int page = 1, CancellationToken cancellationToken = default)
    {
        var tree = await store.GetAsync(taxonomy, cancellationToken);
        if (tree?.Find(code) is not { } term)
        {
            return NotFound();
        }

        var result = await query.ListAsync(tree, term.Code, culture, page, cancellationToken);
        return View(new TermPageViewModel(tree, term, tree.PathTo(term.Code), result, culture));
    }
}
