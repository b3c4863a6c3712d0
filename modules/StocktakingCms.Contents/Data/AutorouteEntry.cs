namespace StocktakingCms.Contents.Data;

/// <summary>
/// Index row: which published item answers a slug in a culture. Kept by the autoroute handler in
/// the same transaction as the item, so a published page is reachable as soon as it commits.
/// </summary>
public sealed class AutorouteEntry
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string Culture { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>True for the published version's row, false for the latest draft's.</summary>
    public bool Published { get; set; }
}
