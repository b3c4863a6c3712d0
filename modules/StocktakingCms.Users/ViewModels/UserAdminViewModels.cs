using StocktakingCms.Core.Security;
using StocktakingCms.Users.Services;

namespace StocktakingCms.Users.ViewModels;

public sealed record UserListViewModel(UserListPage Page, string? Text, string? Role, IReadOnlyList<string> Roles);

public sealed record UserDetailsViewModel(
    CmsUser User,
    IReadOnlyList<string> UserRoles,
    IReadOnlyList<string> AssignableRoles,
    bool IsLockedOut,
    string? StakeholderTypeLabel,
    string? CountryLabel,
    bool IsCurrentUser,
    bool CanAssignRoles);
