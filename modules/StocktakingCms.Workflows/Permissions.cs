using StocktakingCms.Core.Security;

namespace StocktakingCms.Workflows;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ReviewEntries = new(nameof(ReviewEntries), "See the review queue and take review steps the workflow allows to one's role", "Stocktaking");

    public static readonly Permission ManageWorkflows = new(nameof(ManageWorkflows), "Edit workflow types: states, transitions, roles, actions and timers", "Stocktaking");

    public IEnumerable<Permission> GetPermissions() => [ReviewEntries, ManageWorkflows];

    public IEnumerable<RoleDefaults> GetDefaultRoles() =>
        [new(CmsRoles.Reviewer, [ReviewEntries]), new(CmsRoles.Editor, [ReviewEntries])];
}
