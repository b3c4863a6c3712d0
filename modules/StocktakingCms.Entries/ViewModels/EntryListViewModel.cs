using StocktakingCms.Entries.Services;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Entries.ViewModels;

public sealed record EntryListViewModel(EntryFilter Filter, EntryListPage Page, IReadOnlyList<TermFilter> TermFilters, string Culture);

/// <summary>One taxonomy filter of the list: its query parameter, label, terms and current choice.</summary>
public sealed record TermFilter(string Parameter, string Label, TaxonomyTree Tree, string? Selected);
