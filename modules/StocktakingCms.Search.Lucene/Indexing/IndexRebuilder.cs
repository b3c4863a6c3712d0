using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Content;
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
    ILogger<IndexRebuilder> logger) : IDisposable
{
    /// <summary>Localization sets read and turned into documents per database round trip.</summary>
    private const int ChunkSize = 500;

    /// <summary>One rebuild at a time: a command's and the worker's would write the same <c>.new</c> folders.</summary>
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Rebuilds; returns the id of the last task the new indexes include (the new cursor).</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            return await RebuildOnceAsync(cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<long> RebuildOnceAsync(CancellationToken cancellationToken)
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
            status.RebuildFinishing = false;
            using var build = indexes.BeginRebuild();
            status.RebuildDocuments = build.Added;
            var chunks = sets.Chunk(ChunkSize).ToList();
            // The next chunk is read from the database while this one is analyzed on every core.
            var next = chunks.Count > 0 ? LoadAsync(chunks[0], cancellationToken) : null;
            for (var i = 0; next is not null; i++)
            {
                var (builder, loaded) = await next;
                next = i + 1 < chunks.Count ? LoadAsync(chunks[i + 1], cancellationToken) : null;
                // Each set's documents are built and added on every core: the writers are
                // thread-safe and analyze the text in the adding thread.
                Parallel.ForEach(loaded.Values, new ParallelOptions { CancellationToken = cancellationToken },
                    set => build.Add(builder.Build(set)));
                status.RebuildDone += loaded.Count;
                status.RebuildDocuments = build.Added;
            }

            status.RebuildFinishing = true;
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
            status.RebuildFinishing = false;
        }
    }

    /// <summary>
    /// Reads a chunk on a thread of its own: SQLite's "async" reads run synchronously, so without
    /// <see cref="Task.Run(Func{Task})"/> the next chunk was read before, not while, this one was
    /// indexed (a rebuild kept 1.2 of 2 cores busy).
    /// </summary>
    private Task<(EntryDocumentBuilder Builder, Dictionary<string, ContentItem[]> Sets)> LoadAsync(string[] sets, CancellationToken cancellationToken) =>
        Task.Run(() => ReadAsync(sets, cancellationToken), cancellationToken);

    private async Task<(EntryDocumentBuilder Builder, Dictionary<string, ContentItem[]> Sets)> ReadAsync(string[] sets, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntrySource>().LoadAsync(sets, cancellationToken);
    }

    public void Dispose() => _one.Dispose();

    [LoggerMessage(LogLevel.Information, "Search: rebuilt every index from {Count} entries in {Milliseconds} ms.")]
    private static partial void LogRebuilt(ILogger logger, int count, long milliseconds);
}
