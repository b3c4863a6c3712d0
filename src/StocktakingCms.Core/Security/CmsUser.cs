using Microsoft.AspNetCore.Identity;

namespace StocktakingCms.Core.Security;

/// <summary>An account: editors, reviewers and stakeholders who submit entries.</summary>
public sealed class CmsUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The culture mails and the admin use for this person (one of the six).</summary>
    public string? PreferredCulture { get; set; }

    public DateTime CreatedUtc { get; set; }
}
