using System.ComponentModel.DataAnnotations;

namespace StocktakingCms.Taxonomies.ViewModels;

/// <summary>The special repository's facts as an editor enters them.</summary>
public sealed class SpecialRepositoryPartEditor
{
    [Required(ErrorMessage = "Choose the repository's term.")]
    public string? TermCode { get; set; }

    [Range(2004, 2100, ErrorMessage = "Enter a year between {1} and {2}.")]
    public int? LaunchYear { get; set; }

    public bool IsProposed { get; set; }

    /// <summary>The terms of the special-repositories taxonomy, code → name in the editor's language.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Terms { get; set; } = [];
}
