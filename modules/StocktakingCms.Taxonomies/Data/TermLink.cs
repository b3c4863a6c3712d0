namespace StocktakingCms.Taxonomies.Data;

/// <summary>
/// Index row: an item's version carries a term in one of its taxonomy fields. One set of rows for
/// the latest version (<see cref="Published"/> false) and one for the published version, written in
/// the item's transaction, so admin filters and public term pages are plain SQL.
/// </summary>
public sealed class TermLink
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string LocalizationSet { get; set; } = "";

    public string Culture { get; set; } = "";

    public string ContentType { get; set; } = "";

    public bool Published { get; set; }

    public string Field { get; set; } = "";

    public string TaxonomyCode { get; set; } = "";

    public string TermCode { get; set; } = "";

    /// <summary>When the version was published (or last modified, for a draft): lists sort on it.</summary>
    public DateTime SortDate { get; set; }
}
