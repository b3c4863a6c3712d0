using Microsoft.AspNetCore.Identity;

namespace StocktakingCms.Core.Security;

/// <summary>A role; its permissions are role claims of type <see cref="PermissionClaim.Type"/>.</summary>
public sealed class CmsRole : IdentityRole
{
    public CmsRole()
    {
    }

    public CmsRole(string name)
        : base(name)
    {
    }

    public string? Description { get; set; }
}
