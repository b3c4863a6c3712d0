using StocktakingCms.Core.Data;
using StocktakingCms.Email.Data;

namespace StocktakingCms.Email.Services;

/// <summary>Renders a template and adds the mail to the outbox in the caller's transaction.</summary>
public sealed class Mailer(
    MailRenderer renderer,
    MailSiteProvider site,
    EmailDbContext db,
    CmsDbSession session,
    OutboxSignal signal,
    TimeProvider clock) : IMailer
{
    public async Task QueueAsync(MailTemplate template, MailRecipient to, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(to);
        if (!MailAddresses.IsValid(to.Address))
        {
            throw new ArgumentException($"\"{to.Address}\" is not an e-mail address.", nameof(to));
        }

        var mail = await renderer.RenderAsync(template, to.Culture, model, await site.GetAsync(cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage
        {
            Template = template.Name,
            ToAddress = to.Address.Trim(),
            ToName = string.IsNullOrWhiteSpace(to.DisplayName) ? null : Bound(to.DisplayName.Trim(), 200),
            Culture = mail.Culture,
            Subject = Bound(mail.Subject, 1000),
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });

        // Inside the caller's transaction when there is one: the row commits or rolls back with it.
        await db.SaveChangesAsync(cancellationToken);
        session.AfterCommit(signal.Wake);
    }

    private static string Bound(string text, int length) => text.Length > length ? text[..length] : text;
}
