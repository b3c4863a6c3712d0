using System.ComponentModel.DataAnnotations;

namespace StocktakingCms.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your user name or e-mail.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "User name or e-mail")]
    public string? UserNameOrEmail { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
