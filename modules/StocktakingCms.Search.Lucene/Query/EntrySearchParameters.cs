using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The query string of <c>GET /api/entries</c> and of the search page: <c>q</c>, one repeatable
/// parameter per facet (<c>?sdg=3&amp;sdg=4</c>), <c>sort</c>, <c>page</c>, <c>pageSize</c>.
/// </summary>
public sealed class EntrySearchParameters
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>The index to search (ar, zh, en, fr, ru, es); the request's culture when absent.</summary>
    [FromQuery(Name = "culture")]
    public string? Culture { get; set; }

    [FromQuery(Name = "actionLine")]
    public string[] ActionLine { get; set; } = [];

    [FromQuery(Name = "sdg")]
    public string[] Sdg { get; set; } = [];

    [FromQuery(Name = "stakeholderType")]
    public string[] StakeholderType { get; set; } = [];

    [FromQuery(Name = "country")]
    public string[] Country { get; set; } = [];

    [FromQuery(Name = "region")]
    public string[] Region { get; set; } = [];

    [FromQuery(Name = "coverage")]
    public string[] Coverage { get; set; } = [];

    [FromQuery(Name = "status")]
    public string[] Status { get; set; } = [];

    [FromQuery(Name = "repository")]
    public string[] Repository { get; set; } = [];

    [FromQuery(Name = "edition")]
    public string[] Edition { get; set; } = [];

    [FromQuery(Name = "year")]
    public string[] Year { get; set; } = [];

    [FromQuery(Name = "language")]
    public string[] Language { get; set; } = [];

    /// <summary>relevance (default), newest or title.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    [FromQuery(Name = "pageSize")]
    public int PageSize { get; set; } = EntrySearchRequest.DefaultPageSize;

    public EntrySearchRequest ToRequest(string culture)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [SearchFacet.ActionLine.Key] = ActionLine,
            [SearchFacet.Sdg.Key] = Sdg,
            ["stakeholderType"] = StakeholderType,
            [SearchFacet.Country.Key] = Country,
            ["region"] = Region,
            ["coverage"] = Coverage,
            ["status"] = Status,
            ["repository"] = Repository,
            ["edition"] = Edition,
            [SearchFacet.YearKey] = Year,
            [SearchFields.Language] = Language,
        };
        return new EntrySearchRequest
        {
            Q = Q?.Trim(),
            Culture = culture,
            Filters = filters
                .Where(f => f.Value.Count > 0)
                .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal),
            Sort = Enum.TryParse<EntrySort>(Sort, ignoreCase: true, out var sort) ? sort : EntrySort.Relevance,
            Page = Page,
            PageSize = PageSize,
        };
    }
}
