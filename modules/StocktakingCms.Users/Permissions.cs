using StocktakingCms.Core.Security;

namespace StocktakingCms.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "See and manage accounts: search, lock and unlock, resend the confirmation mail", "Security");

    // Apart from ManageUsers: whoever changes roles can make themselves anything.
    public static readonly Permission AssignRoles = new(nameof(AssignRoles), "Change the roles of accounts", "Security");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, AssignRoles];

    public IEnumerable<RoleDefaults> GetDefaultRoles() => [new(CmsRoles.Editor, [ManageUsers])];
}
