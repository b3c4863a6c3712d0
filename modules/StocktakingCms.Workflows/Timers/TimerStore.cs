using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Content;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;

namespace StocktakingCms.Workflows.Timers;

/// <summary>
/// The timers' state changes, each one SQL statement that works on SQLite and PostgreSQL. Claiming
/// and firing are UPDATEs whose WHERE is checked again on the row they change (PostgreSQL re-reads
/// a row another transaction just changed; SQLite runs one writer at a time), so of several nodes
/// only one claims a timer, and only one ever marks it fired.
/// </summary>
public sealed class TimerStore(WorkflowsDbContext db, IEnumerable<IWorkflowDateSource> dates, IOptions<WorkflowTimerOptions> options, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The item entered <paramref name="state"/>: its pending timers (of the state it left) are
    /// cancelled and the new state's are started, in the caller's transaction.
    /// </summary>
    public async Task RestartAsync(WorkflowInstance instance, WorkflowState? state, ContentItem item, CancellationToken cancellationToken)
    {
        var now = Now;
        await Pending(instance.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.CancelledUtc, now), cancellationToken);
        foreach (var timer in state?.Timers ?? [])
        {
            var due = timer.At is { } at
                ? dates.FirstOrDefault(d => d.Name == at) is { } source ? await source.GetAsync(item, cancellationToken) : null
                : now.AddDays(timer.AfterDays);
            if (due is not null)
            {
                db.Timers.Add(new WorkflowTimer { InstanceId = instance.Id, State = state!.Name, Name = timer.Name, DueUtc = due.Value, CreatedUtc = now });
            }
        }
    }

    /// <summary>Claims up to a batch of due timers for this node, the longest due first.</summary>
    public async Task<IReadOnlyList<WorkflowTimer>> ClaimAsync(string node, CancellationToken cancellationToken)
    {
        var now = Now;
        var until = now + options.Value.ClaimDuration;
        var token = $"{node}/{Guid.NewGuid():N}";
        var due = db.Timers.Where(t => t.FiredUtc == null && t.CancelledUtc == null && t.DueUtc <= now
            && (t.ClaimedUntilUtc == null || t.ClaimedUntilUtc < now));
        if (!await due.AnyAsync(cancellationToken))
        {
            return []; // a read: on SQLite, a poll finding nothing due must not wait for the write lock
        }

        // The claim and its read are not cancellable: a stop between the claim's commit and the
        // read would leave the timers claimed, fired by nobody, until the claim expired (as the
        // e-mail outbox's claim did). Once the firer holds them, it fires each one or gives it back.
        var batch = due.OrderBy(t => t.DueUtc).ThenBy(t => t.Id).Take(options.Value.BatchSize).Select(t => t.Id);
        var claimed = await due.Where(t => batch.Contains(t.Id)).ExecuteUpdateAsync(
            set => set.SetProperty(t => t.ClaimedBy, token).SetProperty(t => t.ClaimedUntilUtc, until),
            CancellationToken.None);
        return claimed == 0
            ? []
            : await db.Timers.AsNoTracking().Where(t => t.ClaimedBy == token).OrderBy(t => t.DueUtc).ToListAsync(CancellationToken.None);
    }

    /// <summary>
    /// Marks a claimed timer fired, first thing in the firing transaction: false when it was
    /// fired or cancelled meanwhile (then nothing must run). The row stays locked until the
    /// transaction ends, so a node whose claim expired cannot fire it a second time.
    /// </summary>
    public async Task<bool> MarkFiredAsync(WorkflowTimer timer, CancellationToken cancellationToken)
    {
        var now = Now;
        var node = timer.ClaimedBy;
        return await db.Timers.Where(t => t.Id == timer.Id && t.ClaimedBy == node && t.FiredUtc == null && t.CancelledUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.FiredUtc, now).SetProperty(t => t.FiredBy, node), cancellationToken) == 1;
    }

    /// <summary>
    /// In the firing transaction, after <see cref="MarkFiredAsync"/>: the item is no longer where the
    /// timer was started (or its definition is gone), so it is cancelled rather than fired.
    /// </summary>
    public Task CancelFiredAsync(WorkflowTimer timer, string reason, CancellationToken cancellationToken) =>
        db.Timers.Where(t => t.Id == timer.Id).ExecuteUpdateAsync(set => set
            .SetProperty(t => t.FiredUtc, (DateTime?)null)
            .SetProperty(t => t.FiredBy, (string?)null)
            .SetProperty(t => t.CancelledUtc, Now)
            .SetProperty(t => t.LastError, reason), cancellationToken);

    /// <summary>
    /// Records a failed firing (after its transaction rolled back): tried again when the claim runs
    /// out, given up after <see cref="WorkflowTimerOptions.MaxAttempts"/>.
    /// </summary>
    public Task FailAsync(WorkflowTimer timer, string error, CancellationToken cancellationToken)
    {
        var text = error.Length > WorkflowTimer.ErrorLength ? error[..WorkflowTimer.ErrorLength] : error;
        var attempts = timer.Attempts + 1;
        DateTime? cancelled = attempts >= options.Value.MaxAttempts ? Now : null;
        return db.Timers.Where(t => t.Id == timer.Id && t.ClaimedBy == timer.ClaimedBy && t.FiredUtc == null).ExecuteUpdateAsync(set => set
            .SetProperty(t => t.Attempts, attempts)
            .SetProperty(t => t.LastError, text)
            .SetProperty(t => t.CancelledUtc, cancelled), cancellationToken);
    }

    /// <summary>Gives claimed timers back untouched (the node is stopping).</summary>
    public Task ReleaseAsync(WorkflowTimer timer) =>
        db.Timers.Where(t => t.Id == timer.Id && t.ClaimedBy == timer.ClaimedBy && t.FiredUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntilUtc, (DateTime?)null));

    /// <summary>The timers of an item still waiting to fire, the soonest first (the review page shows them).</summary>
    public async Task<IReadOnlyList<WorkflowTimer>> PendingAsync(long instanceId, CancellationToken cancellationToken) =>
        await Pending(instanceId).AsNoTracking().OrderBy(t => t.DueUtc).ToListAsync(cancellationToken);

    private IQueryable<WorkflowTimer> Pending(long instanceId) =>
        db.Timers.Where(t => t.InstanceId == instanceId && t.FiredUtc == null && t.CancelledUtc == null);
}
