using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Search.Lucene.Query;
using StocktakingCms.Search.Lucene.ViewModels;

namespace StocktakingCms.Search.Lucene.Controllers;

/// <summary>The public search page, <c>/{culture}/search</c>: a GET form that works without JavaScript.</summary>
[Area("StocktakingCms.Search.Lucene")]
public sealed class SearchController(EntrySearchService search) : Controller
{
    [HttpGet("{culture:cms-culture}/search")]
    public async Task<IActionResult> Index(string culture, [FromQuery] EntrySearchParameters parameters, CancellationToken cancellationToken)
    {
        var request = parameters.ToRequest(culture);
        var result = await search.SearchAsync(request, cancellationToken);
        return View(new SearchPageViewModel(culture, parameters, request.Bounded(), result));
    }
}
