using StocktakingCms.Core.Content;

namespace StocktakingCms.Taxonomies.Models;

/// <summary>
/// A special repository (COVID-19 ICT use cases, Women in Tech...): its name is the item's title,
/// its description the item's Markdown body; this part names its term in the
/// <c>special-repositories</c> taxonomy, whose term page lists the entries tagged with it.
/// </summary>
public sealed class SpecialRepositoryPart : ContentPart
{
    public const string ContentType = "SpecialRepository";
    public const string Taxonomy = "special-repositories";

    /// <summary>The term entries carry to belong to the repository.</summary>
    public string TermCode { get; set; } = "";

    /// <summary>The year the repository opened; empty while it is proposed.</summary>
    public int? LaunchYear { get; set; }

    /// <summary>Announced but not yet open for entries.</summary>
    public bool IsProposed { get; set; }
}
