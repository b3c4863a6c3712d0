using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Demo.Seeding;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Benchmarks;

/// <summary>One size of the benchmark: seed up to N entries, rebuild, re-index a slice, query, measure memory.</summary>
public sealed class SearchBenchmark(BenchmarkSite site, int queries, bool rebuild, TextWriter log)
{
    /// <summary>
    /// Queries run before measuring: a site answers from steady-state code, so tiered JIT and
    /// dynamic PGO must have promoted the query path first. With 50 a fresh process measured
    /// p95 22.9 ms at 100,000 entries where 1,000 gave 15.1 ms (idle machine, 2026-11-29).
    /// </summary>
    public const int Warmup = 1000;
    private const int ReindexedSets = 1_000;

    /// <summary>
    /// Sets per commit while re-indexing: during everyday editing the worker commits a batch of a
    /// few tasks, each commit a new segment, so the queries that follow are measured on the
    /// segments such a day leaves (merged or not by the merge policy), not on a freshly merged index.
    /// </summary>
    public const int SetsPerCommit = 10;

    public async Task<SizeReport> RunAsync(int entries, CancellationToken cancellationToken)
    {
        var services = site.Services;
        log.WriteLine($"== {entries:N0} entries");
        var seeded = await services.GetRequiredService<DemoSeeder>().SeedAsync(new DemoSeedOptions(entries, Index: false), log.WriteLine, cancellationToken);

        var rebuildCpu = CpuTime();
        var rebuildWatch = Stopwatch.StartNew();
        if (rebuild)
        {
            await services.GetRequiredService<IndexRebuilder>().RebuildAsync(cancellationToken);
        }

        rebuildWatch.Stop();
        rebuildCpu = CpuTime() - rebuildCpu;
        var documents = services.GetRequiredService<SearchIndexes>().CountDocuments().Values.Sum();

        var reindex = rebuild ? await ReindexAsync(cancellationToken) : 0;
        // The site searches while merges run in the background; measured here once they are done
        // and committed (the next commit of the worker does that on a site).
        services.GetRequiredService<SearchIndexes>().WaitForMerges();
        services.GetRequiredService<SearchIndexes>().Commit();
        var segments = services.GetRequiredService<SearchIndexes>().CountSegments();
        var random = new Random(entries);
        var text = await MeasureAsync(() => QueryMaker.Text(random), cancellationToken);
        var browse = await MeasureAsync(() => QueryMaker.Browse(random), cancellationToken);
        log.WriteLine("Slowest text queries:");
        text.Slowest.ToList().ForEach(log.WriteLine);
        log.WriteLine("Slowest queries without words:");
        browse.Slowest.ToList().ForEach(log.WriteLine);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var request in Enumerable.Range(0, 100).Select(_ => QueryMaker.Text(random)))
        {
            await SearchAsync(request, cancellationToken);
        }

        var allocatedPerQuery = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 100;
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new SizeReport(
            entries, seeded.Created, seeded.Writing, documents, segments, rebuild ? rebuildWatch.Elapsed : TimeSpan.Zero, rebuildCpu, reindex, text, browse,
            allocatedPerQuery, GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64,
            IndexBytes(services.GetRequiredService<SearchIndexes>().Root));
    }

    /// <summary>The worker's path for changes: read sets from the database, replace their documents, commit.</summary>
    private async Task<double> ReindexAsync(CancellationToken cancellationToken)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<EntrySource>();
        var indexes = scope.ServiceProvider.GetRequiredService<SearchIndexes>();
        var sets = (await source.ListSetsAsync(cancellationToken)).Take(ReindexedSets).ToList();
        var watch = Stopwatch.StartNew();
        foreach (var chunk in sets.Chunk(SetsPerCommit))
        {
            foreach (var (set, documents) in await source.BuildAsync(chunk, cancellationToken))
            {
                indexes.Apply(set, documents);
            }

            indexes.Commit();
        }

        return sets.Count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>This process's CPU time: on a machine shared with other work, wall-clock times grow with the load and CPU time does not.</summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private async Task<Latency> MeasureAsync(Func<EntrySearchRequest> next, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await SearchAsync(next(), cancellationToken);
        }

        var timings = new List<(double Milliseconds, EntrySearchRequest Request, int Total)>(queries);
        var cpu = CpuTime();
        for (var i = 0; i < queries; i++)
        {
            var request = next();
            var watch = Stopwatch.StartNew();
            var result = await SearchAsync(request, cancellationToken);
            timings.Add((watch.Elapsed.TotalMilliseconds, request, result.Total));
        }

        var cpuPerQuery = (CpuTime() - cpu).TotalMilliseconds / queries;
        return new Latency(Percentiles.Of([.. timings.Select(t => t.Milliseconds)]), cpuPerQuery, [.. timings.OrderByDescending(t => t.Milliseconds).Take(SlowestShown).Select(Describe)]);
    }

    /// <summary>The slowest queries are written to the log: what makes the tail is what to work on next.</summary>
    private const int SlowestShown = 10;

    private static string Describe((double Milliseconds, EntrySearchRequest Request, int Total) query) =>
        string.Create(CultureInfo.InvariantCulture, $"{query.Milliseconds,6:F1} ms  {query.Total,6} hits  {query.Request.Culture} \"{query.Request.Q}\" {string.Join(" ", query.Request.Filters.Select(f => $"{f.Key}={string.Join(",", f.Value)}"))}");

    /// <summary>A search as a request makes it: its own scope, every facet counted.</summary>
    private async Task<EntrySearchResult> SearchAsync(EntrySearchRequest request, CancellationToken cancellationToken)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntrySearchService>().SearchAsync(request, cancellationToken);
    }

    private static long IndexBytes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}

public sealed record SizeReport(
    int Entries,
    int ItemsCreated,
    TimeSpan Writing,
    int Documents,
    IReadOnlyDictionary<string, int> Segments,
    TimeSpan Rebuild,
    TimeSpan RebuildCpu,
    double ReindexSetsPerSecond,
    Latency Text,
    Latency Browse,
    long AllocatedPerQuery,
    long ManagedHeap,
    long WorkingSet,
    long IndexBytes)
{
    public string WritingRate => ItemsCreated == 0
        ? "(already seeded)"
        : string.Create(CultureInfo.InvariantCulture, $"{ItemsCreated / Writing.TotalSeconds:F0} items/s ({ItemsCreated:N0} in {Writing.TotalSeconds:F0} s)");
}

/// <param name="CpuMilliseconds">CPU time per query (all threads of the process, background ones included).</param>
/// <param name="Slowest">The slowest queries: time, hits, culture, words and filters.</param>
public sealed record Latency(Percentiles Wall, double CpuMilliseconds, IReadOnlyList<string> Slowest);
