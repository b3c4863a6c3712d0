namespace StocktakingCms.Entries.Data;

/// <summary>
/// Index row of an entry version (one for the latest, one for the published): the columns the
/// admin list filters and sorts on, so 100,000 entries never mean a JSON scan.
/// </summary>
public sealed class EntryIndex
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string LocalizationSet { get; set; } = "";

    public bool Published { get; set; }

    /// <summary>On the latest row: whether that latest version is the published one.</summary>
    public bool IsPublishedVersion { get; set; }

    public string Culture { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Lower-cased title for case-insensitive search that uses the same SQL on both databases.</summary>
    public string TitleSearch { get; set; } = "";

    public string OrganisationName { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }
}
