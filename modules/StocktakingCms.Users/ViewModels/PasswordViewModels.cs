using System.ComponentModel.DataAnnotations;

namespace StocktakingCms.Users.ViewModels;

public sealed class EmailOnlyViewModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address, like name@example.org.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }
}

public sealed class ResetPasswordViewModel
{
    [Required]
    public string? UserId { get; set; }

    [Required]
    public string? Token { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm the password")]
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm the password")]
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangeEmailViewModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address, like name@example.org.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "New e-mail")]
    public string? NewEmail { get; set; }
}

public sealed class DeleteAccountViewModel
{
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }
}
