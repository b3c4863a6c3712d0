namespace StocktakingCms.Core.Security;

/// <summary>A module's <c>Permissions.cs</c>: the permissions it declares and who gets them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name to permissions, applied when setup creates the roles.</summary>
    IEnumerable<RoleDefaults> GetDefaultRoles();
}

public sealed record RoleDefaults(string Role, IReadOnlyList<Permission> Permissions);
