using StocktakingCms.Core.Security;

namespace StocktakingCms.Email;

/// <summary>The outbox holds addresses and personal messages: only administrators see it by default.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageEmail = new(nameof(ManageEmail), "See the outbox, retry failed mails and send test mails", "Admin");

    public IEnumerable<Permission> GetPermissions() => [ManageEmail];

    public IEnumerable<RoleDefaults> GetDefaultRoles() => [new(CmsRoles.Administrator, [ManageEmail])];
}
