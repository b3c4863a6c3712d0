namespace StocktakingCms.Core.Security;

/// <summary>Permissions the kernel itself checks.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the admin (dashboard and menu)", "Admin");
    public static readonly Permission ManageSettings = new("ManageSettings", "Change site settings and run recipes", "Admin");
    public static readonly Permission ManageModules = new("ManageModules", "Switch modules on and off", "Admin");

    public IEnumerable<Permission> GetPermissions() => [AccessAdmin, ManageSettings, ManageModules];

    public IEnumerable<RoleDefaults> GetDefaultRoles() =>
    [
        new(CmsRoles.Editor, [AccessAdmin]),
        new(CmsRoles.Reviewer, [AccessAdmin]),
    ];
}
