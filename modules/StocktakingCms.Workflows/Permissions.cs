using StocktakingCms.Core.Security;

namespace StocktakingCms.Workflows;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ReviewEntries = new(nameof(ReviewEntries), "See the review queue and take review steps the workflow allows to one's role", "Stocktaking");

    public IEnumerable<Permission> GetPermissions() => [ReviewEntries];

    public IEnumerable<RoleDefaults> GetDefaultRoles() =>
        [new(CmsRoles.Reviewer, [ReviewEntries]), new(CmsRoles.Editor, [ReviewEntries])];
}
