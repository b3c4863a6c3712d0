using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Search.Lucene.Controllers;

/// <summary>
/// <c>GET /api/entries</c>: published entries found by words and facets, one page with the counts
/// of every facet. Public, read-only; the module README documents the parameters and the JSON.
/// </summary>
[Area("StocktakingCms.Search.Lucene")]
[ApiController]
public sealed class ApiController(EntrySearchService search) : ControllerBase
{
    [HttpGet("api/entries")]
    [Produces("application/json")]
    [ProducesResponseType<EntrySearchResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<EntrySearchResult>> Entries([FromQuery] EntrySearchParameters parameters, CancellationToken cancellationToken)
    {
        if (parameters.Culture is { } culture && !CmsCultures.IsSupported(culture))
        {
            ModelState.AddModelError("culture", $"Unknown culture: use one of {string.Join(", ", CmsCultures.All)}.");
            return ValidationProblem(ModelState);
        }

        return await search.SearchAsync(parameters.ToRequest(parameters.Culture ?? CmsCultures.CurrentName), cancellationToken);
    }
}
