using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Taxonomies.ViewModels;

public sealed record TaxonomyListViewModel(IReadOnlyList<TaxonomyTree> Taxonomies);

public sealed record TaxonomyTreeViewModel(TaxonomyTree Tree, IReadOnlyDictionary<string, int> Usage, string Culture);

/// <summary>The term editor: names and descriptions in each culture, which provisional names to confirm, where it sits.</summary>
public sealed class TermEditorViewModel
{
    public string TaxonomyCode { get; set; } = "";

    public string TermCode { get; set; } = "";

    public Dictionary<string, string> Names { get; set; } = [];

    public Dictionary<string, string> Descriptions { get; set; } = [];

    public List<string> Confirm { get; set; } = [];

    public List<string> Provisional { get; set; } = [];

    public string? ParentCode { get; set; }

    /// <summary>Terms the term may move under (not itself nor its descendants), code → label.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ParentChoices { get; set; } = [];
}

/// <summary>The form adding a term.</summary>
public sealed class NewTermViewModel
{
    public string? Code { get; set; }

    public string? ParentCode { get; set; }

    public Dictionary<string, string> Names { get; set; } = [];
}

/// <param name="Repository">Set on a special repository's term page: its description, launch year and state.</param>
public sealed record TermPageViewModel(
    TaxonomyTree Tree, TaxonomyTerm Term, IReadOnlyList<TaxonomyTerm> Path, TermPage Page, string Culture, SpecialRepositoryView? Repository = null)
{
    /// <summary>The filters offered over the listed entries (a special repository's page), with the visitor's choice.</summary>
    public IReadOnlyList<TermPageFacetView> Facets { get; init; } = [];
}

public sealed record SpecialRepositoryIndexViewModel(string Culture, IReadOnlyList<SpecialRepositoryView> Repositories);
