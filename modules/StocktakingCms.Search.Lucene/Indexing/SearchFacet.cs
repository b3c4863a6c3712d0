using StocktakingCms.Entries;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// A facet: its key (the document field, the API's filter parameter and the key of its counts),
/// the taxonomy its codes come from and the entry fields that fill it. Parents of chosen terms
/// are added, so filtering by C7 finds entries tagged C7-e-health and SDG 3 finds target 3.8.
/// </summary>
public sealed record SearchFacet(string Key, string? Taxonomy, params string[] SourceFields)
{
    public const string YearKey = "year";

    public static readonly SearchFacet ActionLine = new("actionLine", "action-lines", EntryFields.ActionLines);
    public static readonly SearchFacet Sdg = new("sdg", "sdgs", EntryFields.SdgGoals, EntryFields.SdgTargets);
    public static readonly SearchFacet Country = new("country", "countries", EntryFields.Countries);

    /// <summary>Every facet, in the order the search page shows them.</summary>
    public static readonly IReadOnlyList<SearchFacet> All =
    [
        ActionLine,
        Sdg,
        new("stakeholderType", "stakeholder-types", EntryFields.StakeholderType),
        Country,
        new("region", "regions", EntryFields.Regions),
        new("coverage", "coverage", EntryFields.Coverage),
        new("status", "project-status", EntryFields.Status),
        new("repository", "special-repositories", EntryFields.SpecialRepositories),
        new("edition", "report-editions", EntryFields.Edition),
        new(YearKey, null),
        new(SearchFields.Language, null),
    ];

    public static SearchFacet? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
}
