using StocktakingCms.Core.Content;

namespace StocktakingCms.Calls.Models;

/// <summary>
/// When a call for entries takes submissions and where its results go. Times are stored in UTC
/// and edited and shown in the site's zone (Geneva). The report edition and the special
/// repositories it includes are taxonomy fields of the item's <c>TermsPart</c>.
/// </summary>
public sealed class CallPart : ContentPart
{
    public const int TextMaxLength = 300;

    public DateTime OpensUtc { get; set; }

    public DateTime ClosesUtc { get; set; }

    /// <summary>Where the results are presented, e.g. "WSIS Forum 2023, Geneva, 13-17 March 2023".</summary>
    public string Forum { get; set; } = "";

    /// <summary>Made up for a fresh site so it can take submissions; editors replace it with a real call.</summary>
    public bool IsSample { get; set; }

    public bool IsOpenAt(DateTime utc) => OpensUtc <= utc && utc < ClosesUtc;
}
