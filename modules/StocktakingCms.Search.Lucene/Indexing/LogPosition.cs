using Microsoft.EntityFrameworkCore;
using StocktakingCms.Search.Lucene.Data;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Where the indexing log stood when a full rebuild began. Ids are taken at insert, not at commit,
/// so a task younger than the settle window may still appear below the last id after the rebuild
/// read the database. The cursor therefore goes only past the settled tasks (<see cref="Settled"/>);
/// the younger tasks already committed, whose changes the rebuild reads, are <see cref="Covered"/>;
/// one committed late is applied after the rebuild like any new task.
/// </summary>
public sealed record LogPosition(long Settled, long LastTask, IReadOnlyList<long> Covered)
{
    public static async Task<LogPosition> ReadAsync(SearchDbContext db, DateTime settledBefore, CancellationToken cancellationToken)
    {
        var recent = await db.Tasks.AsNoTracking().Where(t => t.CreatedUtc > settledBefore).Select(t => t.Id).ToListAsync(cancellationToken);
        var settled = await db.Tasks.Where(t => t.CreatedUtc <= settledBefore).MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var last = await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        if (recent.Count > 0)
        {
            // Every recent task stays above the cursor, even one whose id is below an older task's.
            settled = Math.Min(settled, recent.Min() - 1);
        }

        return new LogPosition(settled, Math.Max(last, recent.DefaultIfEmpty().Max()), [.. recent.Where(id => id > settled)]);
    }
}
