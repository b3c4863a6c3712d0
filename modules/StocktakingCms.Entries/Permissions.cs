using StocktakingCms.Core.Security;

namespace StocktakingCms.Entries;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission SubmitEntries = new(nameof(SubmitEntries), "Submit entries through the public form and follow them in My entries", "Stocktaking");

    public IEnumerable<Permission> GetPermissions() => [SubmitEntries];

    public IEnumerable<RoleDefaults> GetDefaultRoles() => [new(CmsRoles.Contributor, [SubmitEntries])];
}
