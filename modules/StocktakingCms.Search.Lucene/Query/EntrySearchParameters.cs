using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The query string of <c>GET /api/entries</c> and of the search page: <c>q</c>, one repeatable
/// parameter per facet (<c>?sdg=3&amp;sdg=4</c>), <c>sort</c>, <c>page</c>, <c>pageSize</c>.
/// </summary>
public sealed class EntrySearchParameters
{
    public string? Q { get; set; }

    /// <summary>The index to search (ar, zh, en, fr, ru, es); the request's culture when absent.</summary>
    public string? Culture { get; set; }

    public string[] ActionLine { get; set; } = [];

    public string[] Sdg { get; set; } = [];

    public string[] StakeholderType { get; set; } = [];

    public string[] Country { get; set; } = [];

    public string[] Region { get; set; } = [];

    public string[] Coverage { get; set; } = [];

    public string[] Status { get; set; } = [];

    public string[] Repository { get; set; } = [];

    public string[] Edition { get; set; } = [];

    public string[] Year { get; set; } = [];

    public string[] Language { get; set; } = [];

    /// <summary>relevance (default), newest or title.</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

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
