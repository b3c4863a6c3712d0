using System.ComponentModel.DataAnnotations;

namespace StocktakingCms.Users.ViewModels;

/// <summary>The fields of an account that its owner edits: asked at registration, changed on the profile page.</summary>
public class AccountProfileFields
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Your name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Enter your organisation.")]
    [StringLength(300, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = "Choose the type of your organisation.")]
    [Display(Name = "Stakeholder type")]
    public string? StakeholderType { get; set; }

    [Required(ErrorMessage = "Choose your country.")]
    [Display(Name = "Country")]
    public string? Country { get; set; }

    [Required(ErrorMessage = "Choose the language for our e-mails.")]
    [Display(Name = "Preferred language")]
    public string? PreferredCulture { get; set; }

    /// <summary>Filled by the controller for the form's drop-down lists; never posted.</summary>
    public ProfileChoices Choices { get; set; } = ProfileChoices.Empty;
}
