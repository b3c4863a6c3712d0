using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StocktakingCms.Email.Data;

namespace StocktakingCms.Email.Services;

/// <summary>
/// The outbox's state changes, each one SQL statement that works on SQLite and PostgreSQL. A
/// claim is one UPDATE whose WHERE is checked again on every row it changes, so of several
/// nodes claiming at once each mail goes to one (PostgreSQL re-reads a row another transaction
/// just changed; SQLite runs one writer at a time).
/// </summary>
public sealed class OutboxStore(EmailDbContext db, IOptions<EmailOptions> options, OutboxSignal signal, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Claims up to a batch of due mails for this node, oldest due first, and reads them. Not cancellable: a stop that came between the
    /// claim's commit and the read left the mails claimed, so neither sent nor given back, until
    /// the claim expired (CI, 2026-11-29). The sender gives back what it has not sent once it has them.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync()
    {
        var delivery = options.Value.Delivery;
        var now = Now;
        var until = now + delivery.ClaimDuration;
        var token = Guid.NewGuid().ToString("N");
        var due = db.Outbox.Where(m => m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now));
        var batch = due.OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Take(delivery.BatchSize).Select(m => m.Id);
        var claimed = await due.Where(m => batch.Contains(m.Id)).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.ClaimedUntilUtc, until).SetProperty(m => m.ClaimToken, token));
        return claimed == 0
            ? []
            : await db.Outbox.AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync();
    }

    public Task MarkSentAsync(OutboxMessage message) =>
        Claimed(message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.SentUtc, Now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.NextAttemptUtc, (DateTime?)null)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.ClaimToken, (string?)null));

    /// <summary>Records a failed attempt: retried after the next delay, or given up after the last one.</summary>
    /// <returns>When the next attempt is due; null when the mail was given up.</returns>
    public async Task<DateTime?> MarkFailedAsync(OutboxMessage message, string error)
    {
        var delays = options.Value.Delivery.EffectiveRetryDelays;
        var attempt = message.Attempts + 1;
        DateTime? next = attempt <= delays.Count ? Now + delays[attempt - 1] : null;
        var text = error.Length > OutboxMessage.ErrorLength ? error[..OutboxMessage.ErrorLength] : error;
        await Claimed(message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, attempt)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.ClaimToken, (string?)null));
        return next;
    }

    /// <summary>Gives claimed mails back untouched (the node is stopping).</summary>
    public Task ReleaseAsync(OutboxMessage message) =>
        Claimed(message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.ClaimToken, (string?)null));

    /// <summary>Makes an unsent mail due now (the admin's "retry now"); false when there is no such mail.</summary>
    public async Task<bool> RetryNowAsync(long id, CancellationToken cancellationToken)
    {
        var now = Now;
        var changed = await db.Outbox.Where(m => m.Id == id && m.SentUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptUtc, now), cancellationToken);
        if (changed > 0)
        {
            signal.Wake();
        }

        return changed > 0;
    }

    /// <summary>
    /// Deletes mails past their retention: sent ones <c>KeepSent</c> after sending, given-up ones
    /// <c>KeepFailed</c> after queueing. One DELETE: nodes pruning at once do not get in each other's way.
    /// </summary>
    /// <returns>How many mails were deleted.</returns>
    public Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value.Retention;
        var sentBefore = Now - retention.KeepSent;
        var failedBefore = Now - retention.KeepFailed;
        return db.Outbox
            .Where(m => (m.SentUtc != null && m.SentUtc < sentBefore) || (m.SentUtc == null && m.NextAttemptUtc == null && m.CreatedUtc < failedBefore))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Every mail to one address, newest first (a person's data export).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ToAddressAsync(string address, CancellationToken cancellationToken) =>
        await db.Outbox.AsNoTracking().Where(m => m.ToAddress == address).OrderByDescending(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>Deletes every mail to one address, sent or waiting (the person deleted their account).</summary>
    public Task<int> DeleteToAddressAsync(string address, CancellationToken cancellationToken) =>
        db.Outbox.Where(m => m.ToAddress == address).ExecuteDeleteAsync(cancellationToken);

    public Task<OutboxMessage?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>A page of the outbox, newest first.</summary>
    public async Task<(IReadOnlyList<OutboxMessage> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Outbox.CountAsync(cancellationToken);
        // Without the bodies: a list needs neither.
        var items = await db.Outbox
            .OrderByDescending(m => m.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new OutboxMessage
            {
                Id = m.Id,
                Template = m.Template,
                ToAddress = m.ToAddress,
                ToName = m.ToName,
                Culture = m.Culture,
                Subject = m.Subject,
                CreatedUtc = m.CreatedUtc,
                Attempts = m.Attempts,
                NextAttemptUtc = m.NextAttemptUtc,
                SentUtc = m.SentUtc,
                LastError = m.LastError,
            })
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    private IQueryable<OutboxMessage> Claimed(OutboxMessage message) =>
        db.Outbox.Where(m => m.Id == message.Id && m.ClaimToken == message.ClaimToken);
}
