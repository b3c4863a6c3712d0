using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Data;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Builds every index, or some languages' indexes, again from the database beside the live ones
/// and swaps them in. A full rebuild moves this node's cursor past the tasks it includes, as the
/// log stood when it began (<see cref="LogPosition"/>: tasks written meanwhile are applied after
/// it). Used by the indexing worker (first start, the admin's buttons, a taxonomy's tree changed)
/// and by commands that run without the worker (<c>seed-demo</c>).
/// </summary>
public sealed partial class IndexRebuilder(
    IServiceScopeFactory scopes,
    SearchIndexes indexes,
    IndexCursor cursor,
    IndexingStatus status,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    ILogger<IndexRebuilder> logger) : IDisposable
{
    /// <summary>Localization sets read and turned into documents per database round trip.</summary>
    private const int ChunkSize = 500;

    /// <summary>One rebuild at a time: a command's and the worker's would write the same <c>.new</c> folders.</summary>
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>
    /// Rebuilds every index and moves this node's cursor past the tasks the new indexes include
    /// (the settled ones; the younger ones they include are in the position's <see cref="LogPosition.Covered"/>).
    /// </summary>
    public async Task<LogPosition> RebuildAsync(CancellationToken cancellationToken)
    {
        var position = await RebuildAsync(CmsCultures.All.ToHashSet(StringComparer.Ordinal), cancellationToken);
        cursor.Write(position.Settled);
        status.LastAppliedTaskId = position.LastTask;
        return position;
    }

    /// <summary>
    /// Rebuilds the indexes of some languages from the sets with a published version in them; the
    /// others and the cursor are left as they are. Returns where the log stood when it began.
    /// </summary>
    public async Task<LogPosition> RebuildAsync(IReadOnlySet<string> cultures, CancellationToken cancellationToken)
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

    private async Task<LogPosition> RebuildOnceAsync(IReadOnlySet<string> cultures, CancellationToken cancellationToken)
    {
        status.Rebuilding = true;
        var watch = Stopwatch.StartNew();
        try
        {
            LogPosition position;
            List<string> sets;
            await using (var scope = scopes.CreateAsyncScope())
            {
                // Read the log first: tasks written during the rebuild are applied after it.
                var settledBefore = clock.GetUtcNow().UtcDateTime - options.Value.SettleWindow;
                position = await LogPosition.ReadAsync(scope.ServiceProvider.GetRequiredService<SearchDbContext>(), settledBefore, cancellationToken);
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
            return position;
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
