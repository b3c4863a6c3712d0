using StocktakingCms.Core.Security;

namespace StocktakingCms.Taxonomies;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageTaxonomies = new(nameof(ManageTaxonomies), "Edit taxonomies: add, rename, move and delete terms, confirm translations", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageTaxonomies];

    public IEnumerable<RoleDefaults> GetDefaultRoles() => [new(CmsRoles.Editor, [ManageTaxonomies])];
}
