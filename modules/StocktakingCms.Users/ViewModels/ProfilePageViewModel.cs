namespace StocktakingCms.Users.ViewModels;

/// <summary>The account page: the editable profile and the forms for e-mail, password and deletion.</summary>
public sealed class ProfilePageViewModel
{
    public required AccountProfileFields Profile { get; init; }

    public required string Email { get; init; }

    public ChangeEmailViewModel ChangeEmail { get; init; } = new();

    public ChangePasswordViewModel ChangePassword { get; init; } = new();
}
