using System.ComponentModel.DataAnnotations;

namespace StocktakingCms.Users.ViewModels;

/// <summary>What a stakeholder fills in to open an account.</summary>
public sealed class RegisterViewModel : AccountProfileFields
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address, like name@example.org.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm the password")]
    public string? ConfirmPassword { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Accept the terms to open an account.")]
    [Display(Name = "I agree that my name, organisation and e-mail are kept to manage my entries.")]
    public bool AcceptTerms { get; set; }
}
