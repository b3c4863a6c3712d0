using StocktakingCms.Core.Security;

namespace StocktakingCms.Media;

/// <summary>Rights over uploaded files. Owners always see their own files; public files are everyone's.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new(nameof(ManageMedia), "List all uploaded files in the admin", "Content");

    public static readonly Permission ViewAllMedia = new(nameof(ViewAllMedia), "Open every uploaded file, including those of unpublished content", "Content")
    {
        ImpliedBy = [ManageMedia],
    };

    public IEnumerable<Permission> GetPermissions() => [ManageMedia, ViewAllMedia];

    public IEnumerable<RoleDefaults> GetDefaultRoles() =>
    [
        new(CmsRoles.Editor, [ManageMedia]),
        new(CmsRoles.Reviewer, [ViewAllMedia]),
    ];
}
