using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Data;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Builds every index, or some languages' indexes, again from the database beside the live ones
/// and swaps them in. A full rebuild sets this node's cursor to the log's end as read before the
/// build began (tasks written meanwhile are applied after it). Used by the indexing worker (first
/// start, the admin's buttons, a taxonomy's tree changed) and by commands that run without the
/// worker (<c>seed-demo</c>).
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

    /// <summary>Rebuilds every index; returns the id of the last task the new indexes include (the new cursor).</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        var lastTask = await RebuildAsync(CmsCultures.All.ToHashSet(StringComparer.Ordinal), cancellationToken);
        cursor.Write(lastTask);
        status.LastAppliedTaskId = lastTask;
        return lastTask;
    }

    /// <summary>
    /// Rebuilds the indexes of some languages from the sets with a published version in them; the
    /// others and the cursor are left as they are. Returns the last task of the log when it began.
    /// </summary>
    public async Task<long> RebuildAsync(IReadOnlySet<string> cultures, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            return await RebuildOnceAsync(cultures, cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<long> RebuildOnceAsync(IReadOnlySet<string> cultures, CancellationToken cancellationToken)
    {
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
                sets = await scope.ServiceProvider.GetRequiredService<EntrySource>().ListSetsAsync(cultures, cancellationToken);
            }

            status.RebuildTotal = sets.Count;
            status.RebuildDone = 0;
            status.RebuildFinishing = false;
            using var build = indexes.BeginRebuild(cultures);
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
            status.LastRebuildUtc = clock.GetUtcNow().UtcDateTime;
            status.LastRebuildDuration = watch.Elapsed;
            LogRebuilt(logger, string.Join(", ", cultures.Order(StringComparer.Ordinal)), sets.Count, watch.ElapsedMilliseconds);
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

    [LoggerMessage(LogLevel.Information, "Search: rebuilt the indexes {Cultures} from {Count} entries in {Milliseconds} ms.")]
    private static partial void LogRebuilt(ILogger logger, string cultures, int count, long milliseconds);
}
