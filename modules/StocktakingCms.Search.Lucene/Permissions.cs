using StocktakingCms.Core.Security;

namespace StocktakingCms.Search.Lucene;

/// <summary>Searching is public; seeing the indexes and rebuilding them is for administrators and editors.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearch = new(nameof(ManageSearch), "See the search indexes and rebuild them", "Search");

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];

    public IEnumerable<RoleDefaults> GetDefaultRoles() => [new(CmsRoles.Administrator, [ManageSearch]), new(CmsRoles.Editor, [ManageSearch])];
}
