namespace StocktakingCms.Core.Security;

/// <summary>
/// A module that keeps personal data about an account (entries it submitted, comments, uploads).
/// "Download my data" asks every contributor for its section; "delete my account" asks every
/// contributor to erase or anonymize what it holds, in the same transaction as the account's removal.
/// </summary>
public interface IAccountDataContributor
{
    /// <summary>The key of this contributor's section in the exported JSON (e.g. <c>entries</c>).</summary>
    string Section { get; }

    /// <summary>What the module holds about the user, as plain serializable values; null when nothing.</summary>
    Task<object?> ExportAsync(CmsUser user, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the person from the module's data before the account is deleted. Content the person
    /// submitted stays, attributed to the organisation, without personal details.
    /// </summary>
    Task EraseAsync(CmsUser user, CancellationToken cancellationToken);
}
