using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Data;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Applies the indexing log to this node's indexes, from this node's cursor: woken when a local
/// change commits, and every <c>Search:PollInterval</c> for changes made on other nodes. With no
/// cursor (first start, lost data folder) or when an administrator asks, it rebuilds every index
/// from the database beside the live ones and swaps them in.
///
/// Ids are taken when a task is inserted, not when it commits, so a task may appear after a higher
/// one was applied. The worker therefore re-reads the tasks above its durable cursor that are
/// younger than <c>Search:SettleWindow</c>, applies the ones it has not applied yet, and moves the
/// cursor on disk only past tasks older than that window.
/// </summary>
public sealed partial class IndexingWorker(
    IServiceScopeFactory scopes,
    SearchIndexes indexes,
    IndexRebuilder rebuilder,
    IndexCursor cursor,
    TaskLogKeeper keeper,
    IndexingStatus status,
    IndexingSignal signal,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    ILogger<IndexingWorker> logger) : BackgroundService
{
    private readonly HashSet<long> _appliedAboveCursor = [];
    private long _cursor;
    private long _highestSeen;
    /// <summary>When the last rebuild failed, when it is tried again (its error stays shown until one succeeds).</summary>
    private DateTimeOffset? _retryRebuildAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var stored = cursor.Read();
        _cursor = _highestSeen = stored ?? 0;
        status.LastAppliedTaskId = _cursor;
        if (stored is null || await IsForgottenAsync(stoppingToken))
        {
            status.RequestRebuild();
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await RebuildIfAskedAsync(stoppingToken);
                more = await ApplyBatchAsync(stoppingToken);
                indexes.Refresh();
                if (_retryRebuildAt is null)
                {
                    status.LastError = null;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting: try again at the next poll.
                status.LastError = Describe(exception);
                LogFailed(logger, exception);
            }

            if (!more)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Applies the tasks not applied yet; true when a full batch was read (more may wait).</summary>
    private async Task<bool> ApplyBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        var (from, seen) = (_cursor, _highestSeen);
        var unsettled = await db.Tasks.AsNoTracking().Where(t => t.Id > from && t.Id <= seen).ToListAsync(cancellationToken);
        var fresh = await db.Tasks.AsNoTracking().Where(t => t.Id > seen).OrderBy(t => t.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        var pending = unsettled.Concat(fresh).Where(t => !_appliedAboveCursor.Contains(t.Id)).ToList();
        if (pending.Any(t => t.LocalizationSet == IndexingTask.Everything))
        {
            // A taxonomy's tree changed: rebuild at once (the rebuild includes this task), or at the
            // next poll after the retry delay when the last rebuild failed (not in a busy loop).
            status.RequestRebuild();
            return !RebuildWaitsForRetry;
        }

        if (pending.Count > 0)
        {
            var source = scope.ServiceProvider.GetRequiredService<EntrySource>();
            var sets = pending.Select(t => t.LocalizationSet).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (set, documents) in await source.BuildAsync(sets, cancellationToken))
            {
                indexes.Apply(set, documents);
            }

            indexes.Commit();
            _appliedAboveCursor.UnionWith(pending.Select(t => t.Id));
            status.LastAppliedTaskId = Math.Max(status.LastAppliedTaskId, pending.Max(t => t.Id));
            status.LastAppliedUtc = clock.GetUtcNow().UtcDateTime;
        }

        if (fresh.Count > 0)
        {
            _highestSeen = fresh[^1].Id;
        }

        Settle(unsettled.Concat(fresh).OrderBy(t => t.Id), clock.GetUtcNow().UtcDateTime - settings.SettleWindow);
        await keeper.KeepAsync(db, _cursor, cancellationToken);
        return fresh.Count >= settings.BatchSize;
    }

    /// <summary>Moves the durable cursor past the leading tasks older than the settle window.</summary>
    private void Settle(IEnumerable<IndexingTask> read, DateTime settledBefore)
    {
        var settled = _cursor;
        foreach (var task in read)
        {
            if (task.CreatedUtc > settledBefore || !_appliedAboveCursor.Contains(task.Id))
            {
                break;
            }

            settled = task.Id;
        }

        if (settled != _cursor)
        {
            cursor.Write(settled);
            _cursor = settled;
            _appliedAboveCursor.RemoveWhere(id => id <= settled);
        }
    }

    /// <summary>Away longer than the task retention: tasks it never applied may have been deleted.</summary>
    private async Task<bool> IsForgottenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await keeper.IsForgottenAsync(scope.ServiceProvider.GetRequiredService<SearchDbContext>(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database is not reachable yet: the log is read at the next poll anyway.
            LogFailed(logger, exception);
            return false;
        }
    }

    /// <summary>
    /// Rebuilds what was asked. Every index: the cursor moves past the tasks
    /// the rebuild includes (<see cref="LogPosition"/>). Some: the cursor stays; the rebuilt indexes
    /// read the database after every task applied so far, and later tasks reach them as usual.
    /// A failed rebuild is asked again, not before <c>Search:RebuildRetryDelay</c>; meanwhile the
    /// log is applied as usual, so an index that cannot be rebuilt (a full disk, a folder that
    /// cannot be moved) does not keep the others from following the changes. A request cut short
    /// by a stop is forgotten (requests live in memory); a node without a cursor asks again at start.
    /// </summary>
    private async Task RebuildIfAskedAsync(CancellationToken cancellationToken)
    {
        if (!status.RebuildRequested || RebuildWaitsForRetry)
        {
            return;
        }

        var cultures = status.TakeRebuildRequest();
        try
        {
            if (cultures.IsSupersetOf(CmsCultures.All))
            {
                var position = await rebuilder.RebuildAsync(cancellationToken);
                _cursor = position.Settled;
                _highestSeen = position.LastTask;
                _appliedAboveCursor.Clear();
                _appliedAboveCursor.UnionWith(position.Covered);
            }
            else
            {
                await rebuilder.RebuildAsync(cultures, cancellationToken);
            }

            _retryRebuildAt = null;
            status.RebuildRetryUtc = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            status.RequestRebuild(cultures);
            _retryRebuildAt = clock.GetUtcNow() + options.Value.RebuildRetryDelay;
            status.RebuildRetryUtc = _retryRebuildAt.Value.UtcDateTime;
            status.LastError = Describe(exception);
            LogRebuildFailed(logger, exception, options.Value.RebuildRetryDelay.TotalSeconds);
        }
    }

    private bool RebuildWaitsForRetry => clock.GetUtcNow() < _retryRebuildAt;

    /// <summary>The error as the status page shows it.</summary>
    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    [LoggerMessage(LogLevel.Error, "Search: a rebuild failed; it is tried again in {Seconds} s, and changes are applied meanwhile.")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(LogLevel.Error, "Search: indexing failed; trying again at the next poll.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
