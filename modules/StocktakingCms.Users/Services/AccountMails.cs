using System.Net;
using Microsoft.AspNetCore.Identity;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Email;

namespace StocktakingCms.Users.Services;

/// <summary>What an account mail shows: the person's name and the one link to follow.</summary>
public sealed record AccountMailModel(string Name, string Link, string Email);

/// <summary>
/// The mails of the account life cycle. Each carries a single-use Identity token in a link to a
/// page in the recipient's language; the mail is queued in the caller's transaction.
/// </summary>
public sealed class AccountMails(UserManager<CmsUser> users, IMailer mailer, SiteUrls urls)
{
    private static readonly MailTemplate ConfirmEmail = new(typeof(AccountMails).Assembly, "confirm-email");
    private static readonly MailTemplate ResetPassword = new(typeof(AccountMails).Assembly, "reset-password");
    private static readonly MailTemplate ConfirmNewEmail = new(typeof(AccountMails).Assembly, "confirm-new-email");
    private static readonly MailTemplate EmailChanged = new(typeof(AccountMails).Assembly, "email-changed");

    public async Task SendConfirmationAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link(user, "account/confirm-email", $"user={Encode(user.Id)}&token={Encode(token)}");
        await mailer.QueueAsync(ConfirmEmail, To(user, user.Email!), Model(user, link, user.Email!), cancellationToken);
    }

    public async Task SendPasswordResetAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link(user, "account/reset-password", $"user={Encode(user.Id)}&token={Encode(token)}");
        await mailer.QueueAsync(ResetPassword, To(user, user.Email!), Model(user, link, user.Email!), cancellationToken);
    }

    /// <summary>Asks the new address to confirm and tells the old one, so a hijacked session is noticed.</summary>
    public async Task SendEmailChangeAsync(CmsUser user, string newEmail, CancellationToken cancellationToken = default)
    {
        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        var link = Link(user, "account/confirm-new-email", $"user={Encode(user.Id)}&email={Encode(newEmail)}&token={Encode(token)}");
        await mailer.QueueAsync(ConfirmNewEmail, To(user, newEmail), Model(user, link, newEmail), cancellationToken);
        await mailer.QueueAsync(EmailChanged, To(user, user.Email!), Model(user, urls.Absolute($"/{CultureOf(user)}/account"), newEmail), cancellationToken);
    }

    private string Link(CmsUser user, string path, string query) => urls.Absolute($"/{CultureOf(user)}/{path}?{query}");

    private static string CultureOf(CmsUser user) =>
        CmsCultures.IsSupported(user.PreferredCulture) ? user.PreferredCulture! : CmsCultures.Default;

    private static MailRecipient To(CmsUser user, string address) => new(address, user.DisplayName, CultureOf(user));

    private static AccountMailModel Model(CmsUser user, string link, string email) =>
        new(user.DisplayName ?? user.UserName ?? email, link, email);

    private static string Encode(string value) => WebUtility.UrlEncode(value);
}
