using StocktakingCms.Core.Security;

namespace StocktakingCms.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "See and manage accounts: search, lock, change roles, resend confirmation", "Security");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];

    // Only administrators: whoever changes roles can make themselves anything.
    public IEnumerable<RoleDefaults> GetDefaultRoles() => [];
}
