namespace StocktakingCms.Search.Lucene.Query;

/// <summary>One page of results with the counts of every facet (the JSON of <c>GET /api/entries</c>).</summary>
public sealed record EntrySearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<EntryHit> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public int PageCount => Total == 0 ? 0 : Math.Min((Total + PageSize - 1) / PageSize, EntrySearchRequest.MaxRank / PageSize);
}

/// <param name="Summary">The short description as HTML: encoded, with matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="Culture">The language of the text shown (the original when the entry has no translation in the index's culture).</param>
public sealed record EntryHit(
    string Id,
    string Title,
    string Summary,
    string Culture,
    string OriginalCulture,
    string Url,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string> Sdgs,
    IReadOnlyList<string> Countries);

public sealed record FacetValue(string Code, string Label, int Count, bool Selected);
