using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StocktakingCms.Search.Lucene.Data;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Keeps the indexing log from growing forever. Each node writes its cursor to <c>SearchNodes</c>
/// when it moves (and at least hourly while idle), then deletes the tasks that every node seen
/// within <c>Search:TaskRetention</c> has applied and that are older than that retention. A node
/// away for longer is not waited for: it finds itself forgotten when it comes back and rebuilds.
/// </summary>
public sealed class TaskLogKeeper(IndexCursor cursor, TimeProvider clock, IOptions<SearchOptions> options)
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromHours(1);

    private long? _reportedCursor;
    private DateTime _reportedUtc;

    /// <summary>True when this node's row says it was away longer than the retention (tasks it needs may be gone).</summary>
    public async Task<bool> IsForgottenAsync(SearchDbContext db, CancellationToken cancellationToken)
    {
        var id = cursor.NodeId;
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return node is not null && node.SeenUtc < clock.GetUtcNow().UtcDateTime - options.Value.TaskRetention;
    }

    /// <summary>Records this node's cursor if it moved (or an hour passed), then prunes; returns the number of tasks deleted.</summary>
    public async Task<int> KeepAsync(SearchDbContext db, long applied, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_reportedCursor == applied && now - _reportedUtc < Heartbeat)
        {
            return 0;
        }

        var id = cursor.NodeId;
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (node is null)
        {
            db.Nodes.Add(new SearchNode { Id = id, Cursor = applied, SeenUtc = now });
        }
        else
        {
            node.Cursor = applied;
            node.SeenUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        (_reportedCursor, _reportedUtc) = (applied, now);
        return await PruneAsync(db, now, cancellationToken);
    }

    private async Task<int> PruneAsync(SearchDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var horizon = now - options.Value.TaskRetention;
        var everyNodeApplied = await db.Nodes.Where(n => n.SeenUtc >= horizon).MinAsync(n => (long?)n.Cursor, cancellationToken);
        if (everyNodeApplied is not { } below)
        {
            return 0;
        }

        await db.Nodes.Where(n => n.SeenUtc < horizon).ExecuteDeleteAsync(cancellationToken);
        return await db.Tasks.Where(t => t.Id <= below && t.CreatedUtc < horizon).ExecuteDeleteAsync(cancellationToken);
    }
}
