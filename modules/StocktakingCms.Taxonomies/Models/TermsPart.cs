using StocktakingCms.Core.Content;

namespace StocktakingCms.Taxonomies.Models;

/// <summary>
/// The terms chosen in an item's taxonomy fields: field name → term codes. Which fields exist,
/// which taxonomy each uses and how many terms it takes is in the type definition's
/// <see cref="TermsPartSettings"/>; term links are indexed for SQL filters and counts.
/// </summary>
public sealed class TermsPart : ContentPart
{
    public Dictionary<string, List<string>> Fields { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Get(string field) => Fields.TryGetValue(field, out var codes) ? codes : [];

    public void Set(string field, IEnumerable<string> codes) => Fields[field] = [.. codes.Distinct(StringComparer.Ordinal)];
}

/// <summary>The taxonomy fields of a content type (settings of its <see cref="TermsPart"/>).</summary>
public sealed class TermsPartSettings
{
    public List<TaxonomyFieldSettings> Fields { get; set; } = [];
}

/// <summary>One taxonomy field: which taxonomy, how many terms, which kind.</summary>
public sealed class TaxonomyFieldSettings
{
    /// <summary>The field's name in <see cref="TermsPart.Fields"/> (e.g. "actionLines").</summary>
    public string Name { get; set; } = "";

    public LocalizedText Labels { get; set; } = [];

    public string Taxonomy { get; set; } = "";

    public bool Multiple { get; set; } = true;

    /// <summary>Only terms without children may be chosen (e.g. SDG targets, not goals).</summary>
    public bool LeavesOnly { get; set; }

    /// <summary>Only top-level terms may be chosen (e.g. SDG goals, not targets).</summary>
    public bool TopLevelOnly { get; set; }

    /// <summary>
    /// Filled by code, not by the editor (e.g. regions derived from countries): not shown in
    /// editors, still indexed for filters and term pages.
    /// </summary>
    public bool Derived { get; set; }

    public bool Required { get; set; }

    public int? Minimum { get; set; }

    public int? Maximum { get; set; }
}
