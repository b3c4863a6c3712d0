namespace StocktakingCms.Search.Lucene.Query;

/// <summary>What a visitor asks: words, the culture of the index, selected facet values, order and page.</summary>
public sealed record EntrySearchRequest
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>Deep pages cost memory for every earlier hit: past this rank, narrow the search.</summary>
    public const int MaxRank = 10_000;

    public string? Q { get; init; }

    public string Culture { get; init; } = "en";

    /// <summary>Facet key → selected codes (OR within a facet, AND across facets).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public EntrySort Sort { get; init; } = EntrySort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasText => !string.IsNullOrWhiteSpace(Q);

    public IReadOnlyList<string> Selected(string facet) => Filters.TryGetValue(facet, out var values) ? values : [];

    /// <summary>Page and size brought into bounds.</summary>
    public EntrySearchRequest Bounded()
    {
        var size = Math.Clamp(PageSize, 1, MaxPageSize);
        return this with { PageSize = size, Page = Math.Clamp(Page, 1, MaxRank / size) };
    }
}

public enum EntrySort
{
    /// <summary>Best match first; newest first when there are no words.</summary>
    Relevance,
    Newest,
    Title,
}
