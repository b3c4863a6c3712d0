using System.ComponentModel.DataAnnotations;

namespace StocktakingCms.Calls.ViewModels;

/// <summary>The call's dates as the editor types them: wall-clock times in the site's zone.</summary>
public sealed class CallPartEditor
{
    [Required(ErrorMessage = "Enter when the call opens.")]
    [Display(Name = "Opens (Geneva time)")]
    public DateTime? Opens { get; set; }

    [Required(ErrorMessage = "Enter when the call closes.")]
    [Display(Name = "Closes (Geneva time)")]
    public DateTime? Closes { get; set; }

    [StringLength(300, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Forum where the results are presented")]
    public string? Forum { get; set; }

    [Display(Name = "Sample content")]
    public bool IsSample { get; set; }
}

/// <summary>What the call page shows about its dates.</summary>
/// <param name="Culture">The call's own language (its forum's name is written in it).</param>
public sealed record CallPartDisplay(
    DateTime OpensUtc, DateTime ClosesUtc, string Forum, bool IsSample, bool IsOpen, int DaysLeft, IReadOnlyList<LetterLink> Letters, string Culture);
