using StocktakingCms.Core.Security;

namespace StocktakingCms.Email.Services;

/// <summary>
/// The mails the site sent or is about to send a person: part of "download my data", and deleted
/// with the account (the outbox keeps the address and the rendered text, both personal data).
/// </summary>
public sealed class EmailAccountData(OutboxStore outbox) : IAccountDataContributor
{
    public string Section => "mails";

    public async Task<object?> ExportAsync(CmsUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return null;
        }

        var mails = await outbox.ToAddressAsync(user.Email, cancellationToken);
        return mails.Select(m => new
        {
            m.Subject,
            m.Culture,
            m.CreatedUtc,
            m.SentUtc,
            Status = m.Status.ToString(),
            m.TextBody,
        }).ToList();
    }

    public async Task EraseAsync(CmsUser user, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(user.Email))
        {
            await outbox.DeleteToAddressAsync(user.Email, cancellationToken);
        }
    }
}
