namespace StocktakingCms.Media.Data;

/// <summary>
/// A row of <c>MediaUsages</c>: the latest (<see cref="Published"/> false) or the published version
/// of a content item uses a file. Written by the module that attaches files, in the item's
/// transaction; a file is public while a published version uses it, and a file no version uses any
/// more is deleted after a grace period (<see cref="Services.OrphanMediaSweeper"/>).
/// </summary>
public sealed class MediaUsage
{
    public string MediaId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public bool Published { get; set; }
}
