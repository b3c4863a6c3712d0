using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StocktakingCms.Search.Lucene.Data;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Builds every index again from the database beside the live ones, swaps them in and sets this
/// node's cursor to the log's end as read before the build began (tasks written meanwhile are
/// applied after it). Used by the indexing worker (first start, admin's button, labels changed)
/// and by commands that run without the worker (<c>seed-demo</c>).
/// </summary>
public sealed partial class IndexRebuilder(
    IServiceScopeFactory scopes,
    SearchIndexes indexes,
    IndexCursor cursor,
    IndexingStatus status,
    TimeProvider clock,
    ILogger<IndexRebuilder> logger)
{
    /// <summary>Localization sets read and turned into documents per database round trip.</summary>
    private const int ChunkSize = 500;

    /// <summary>Rebuilds; returns the id of the last task the new indexes include (the new cursor).</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        status.RebuildStarted();
        status.Rebuilding = true;
        var watch = Stopwatch.StartNew();
        try
        {
            long lastTask;
            List<string> sets;
            await using (var scope = scopes.CreateAsyncScope())
            {
                // Read the log's end first: tasks written during the rebuild are applied after it.
                lastTask = await scope.ServiceProvider.GetRequiredService<SearchDbContext>().Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
                sets = await scope.ServiceProvider.GetRequiredService<EntrySource>().ListSetsAsync(cancellationToken);
            }

            status.RebuildTotal = sets.Count;
            status.RebuildDone = 0;
            using var build = indexes.BeginRebuild();
            foreach (var chunk in sets.Chunk(ChunkSize))
            {
                await using var scope = scopes.CreateAsyncScope();
                var source = scope.ServiceProvider.GetRequiredService<EntrySource>();
                foreach (var documents in (await source.BuildAsync(chunk, cancellationToken)).Values)
                {
                    build.Add(documents);
                }

                status.RebuildDone += chunk.Length;
            }

            indexes.Swap(build);
            cursor.Write(lastTask);
            status.LastAppliedTaskId = lastTask;
            status.LastRebuildUtc = clock.GetUtcNow().UtcDateTime;
            status.LastRebuildDuration = watch.Elapsed;
            LogRebuilt(logger, sets.Count, watch.ElapsedMilliseconds);
            return lastTask;
        }
        finally
        {
            status.Rebuilding = false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Search: rebuilt every index from {Count} entries in {Milliseconds} ms.")]
    private static partial void LogRebuilt(ILogger logger, int count, long milliseconds);
}
