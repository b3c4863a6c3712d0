using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Workflows.Actions;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.Timers;

/// <summary>
/// Fires due timers: claims a batch for this node, then fires each in a transaction of its own
/// that first marks it fired (so no other node ever fires it again), checks the item is still in
/// the state that started it, and runs its actions. A failure rolls that one firing back and is
/// recorded; it is tried again when the claim runs out.
/// </summary>
public sealed partial class TimerFirer(
    TimerStore store,
    WorkflowsDbContext db,
    WorkflowTypes types,
    IContentManager content,
    WorkflowActionRunner actions,
    WorkflowEngine engine,
    CmsDbSession session,
    ILogger<TimerFirer> logger)
{
    /// <summary>Claims and fires one batch; returns how many timers were claimed.</summary>
    public async Task<int> FireDueAsync(string node, CancellationToken cancellationToken)
    {
        var batch = await store.ClaimAsync(node, cancellationToken);
        var done = 0;
        try
        {
            for (; done < batch.Count; done++)
            {
                await FireOneAsync(batch[done], cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what was not fired goes back for the next start or another node.
            foreach (var timer in batch.Skip(done))
            {
                await store.ReleaseAsync(timer);
            }

            throw;
        }

        return batch.Count;
    }

    private async Task FireOneAsync(WorkflowTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            if (await FireAsync(timer, cancellationToken) is { } fired)
            {
                LogFired(logger, timer.Id, timer.Name, fired, timer.ClaimedBy);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            session.ClearTracking();
            LogFailed(logger, exception, timer.Id, timer.Name, timer.Attempts + 1);
            await store.FailAsync(timer, $"{exception.GetType().Name}: {exception.Message}", cancellationToken);
        }
    }

    /// <returns>The item the timer fired for; null when it was not fired (fired elsewhere, or cancelled).</returns>
    private async Task<string?> FireAsync(WorkflowTimer timer, CancellationToken cancellationToken)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        if (!await store.MarkFiredAsync(timer, cancellationToken))
        {
            return null;
        }

        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == timer.InstanceId, cancellationToken);
        var definition = instance is null ? null : await types.FindAsync(instance.WorkflowType, cancellationToken);
        var settings = definition?.FindState(timer.State)?.Timers.FirstOrDefault(t => t.Name == timer.Name);
        var item = instance is null ? null : await content.GetAsync(instance.ContentItemId, VersionOptions.Latest, cancellationToken);
        if (instance is null || instance.State != timer.State || settings is null || item is null)
        {
            // Left the state without the timer being cancelled (an older definition, a deleted item).
            await store.CancelFiredAsync(timer, "The item is no longer in the state that started the timer, or the timer is no longer defined.", cancellationToken);
            await transaction.CommitAsync();
            return null;
        }

        // The comment that came with entering the state, e.g. the changes asked for.
        var comment = await db.History.AsNoTracking().Where(h => h.InstanceId == instance.Id && h.ToState == instance.State)
            .OrderByDescending(h => h.Id).Select(h => h.Comment).FirstOrDefaultAsync(cancellationToken);
        await actions.RunAsync(settings.Actions, action => new WorkflowActionContext(item, instance, null, action, null, comment), cancellationToken);
        if (settings.Transition is { } step)
        {
            var transition = definition!.Transitions.FirstOrDefault(t => t.Name == step && t.From.Contains(instance.State))
                ?? throw new WorkflowActionException($"the transition '{step}' cannot be taken from the state '{instance.State}'.");
            await engine.TakeBySiteAsync(instance, definition, transition, item, cancellationToken);
        }

        await session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return instance.ContentItemId;
    }

    [LoggerMessage(LogLevel.Information, "Workflow timer {Id} ({Name}) fired for {ContentItemId} by {Node}.")]
    private static partial void LogFired(ILogger logger, long id, string name, string contentItemId, string? node);

    [LoggerMessage(LogLevel.Warning, "Workflow timer {Id} ({Name}) failed (attempt {Attempt}); rolled back, tried again when its claim runs out.")]
    private static partial void LogFailed(ILogger logger, Exception exception, long id, string name, int attempt);
}
