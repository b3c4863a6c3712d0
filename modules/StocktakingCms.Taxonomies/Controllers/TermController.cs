using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Taxonomies.ViewModels;

namespace StocktakingCms.Taxonomies.Controllers;

/// <summary>Public term pages: <c>/{culture}/action-lines/C7-e-health</c> lists the entries tagged with the term or below it.</summary>
[Area("StocktakingCms.Taxonomies")]
public sealed class TermController(TaxonomyStore store, TermPageQuery query, TermPageFacets facets, SpecialRepositoryDirectory repositories) : Controller
{
    [HttpGet("{culture:cms-culture}/{taxonomy:public-taxonomy}/{code}")]
    public async Task<IActionResult> Show(string culture, string taxonomy, string code, int page = 1, CancellationToken cancellationToken = default)
    {
        var tree = await store.GetAsync(taxonomy, cancellationToken);
        if (tree?.Find(code) is not { } term)
        {
            return NotFound();
        }

        var repository = tree.Code == SpecialRepositoryPart.Taxonomy ? await repositories.FindAsync(term.Code, culture, cancellationToken) : null;
        // A special repository's page filters its entries like the repository does.
        var selection = repository is null
            ? TermPageSelection.None
            : await facets.SelectAsync(tree, term.Code, Request.Query, culture, cancellationToken);
        var result = await query.ListAsync(tree, term.Code, culture, page, selection.Filters, cancellationToken);
        return View(new TermPageViewModel(tree, term, tree.PathTo(term.Code), result, culture, repository) { Facets = selection.Facets });
    }

    /// <summary>Every special repository with its launch year and how many published entries it holds.</summary>
    [HttpGet("{culture:cms-culture}/special-repositories")]
    public async Task<IActionResult> SpecialRepositories(string culture, CancellationToken cancellationToken) =>
        View(new SpecialRepositoryIndexViewModel(culture, await repositories.ListAsync(culture, cancellationToken)));
}
