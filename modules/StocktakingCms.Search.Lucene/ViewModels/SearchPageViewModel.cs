using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Search.Lucene.ViewModels;

/// <summary>The search page: what was asked, what was found. A theme may override the view and keep this model.</summary>
public sealed record SearchPageViewModel(string Culture, EntrySearchParameters Parameters, EntrySearchRequest Request, EntrySearchResult Result)
{
    /// <summary>Facets shown as checkboxes: at most this many values each (the selected ones always).</summary>
    public const int ValuesShown = 12;

    public IEnumerable<FacetValue> Shown(string facet) =>
        Result.Facets.TryGetValue(facet, out var values)
            ? values.Where((v, i) => v.Selected || i < ValuesShown)
            : [];
}
