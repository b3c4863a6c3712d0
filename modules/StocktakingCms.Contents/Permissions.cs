using StocktakingCms.Core.Security;

namespace StocktakingCms.Contents;

/// <summary>Rights over content in the admin. <see cref="ManageContent"/> holds all of them.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageContent = new(nameof(ManageContent), "Create, edit, publish and delete all content", "Content");

    public static readonly Permission EditContent = new(nameof(EditContent), "Create and edit drafts, preview them and see versions", "Content")
    {
        ImpliedBy = [ManageContent],
    };

    public static readonly Permission PublishContent = new(nameof(PublishContent), "Publish, unpublish and restore content", "Content")
    {
        ImpliedBy = [ManageContent],
    };

    public static readonly Permission DeleteContent = new(nameof(DeleteContent), "Delete content", "Content")
    {
        ImpliedBy = [ManageContent],
    };

    public IEnumerable<Permission> GetPermissions() => [ManageContent, EditContent, PublishContent, DeleteContent];

    public IEnumerable<RoleDefaults> GetDefaultRoles() =>
    [
        new(CmsRoles.Editor, [ManageContent]),
        new(CmsRoles.Reviewer, [EditContent]),
    ];
}
