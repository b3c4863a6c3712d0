using Microsoft.AspNetCore.Identity;

namespace StocktakingCms.Core.Security;

/// <summary>An account: editors, reviewers and stakeholders who submit entries.</summary>
public sealed class CmsUser : IdentityUser
{
    public string? DisplayName
    {
        get;
        set
        {
            field = value;
            NormalizedDisplayName = Normalize(value);
        }
    }

    /// <summary>
    /// Upper-case copy for the admin's search. SQLite's UPPER() and LIKE only fold ASCII, so
    /// "организация" would not find "Организация"; the .NET-normalized copy finds it on every database.
    /// </summary>
    public string? NormalizedDisplayName { get; private set; }

    /// <summary>The culture mails and the admin use for this person (one of the six).</summary>
    public string? PreferredCulture { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The organisation the person submits for; entries stay attributed to it.</summary>
    public string? Organisation
    {
        get;
        set
        {
            field = value;
            NormalizedOrganisation = Normalize(value);
        }
    }

    public string? NormalizedOrganisation { get; private set; }

    /// <summary>Term code in the stakeholder-types taxonomy (government, private-sector, ...).</summary>
    public string? StakeholderType { get; set; }

    /// <summary>Term code in the countries taxonomy (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; set; }

    private static string? Normalize(string? value) => value?.ToUpperInvariant();
}
