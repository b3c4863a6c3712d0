using System.Globalization;
using System.Text;

namespace StocktakingCms.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/StocktakingCms.Benchmarks -- [--sizes 15000,100000]
/// [--queries 1000] [--data DIR] [--rebuild no] [--postgres CONNECTION]</c>: seeds demo entries for
/// each size (kept in DIR/SIZE, so a second run only measures), then prints a Markdown table.
/// <c>--postgres</c> runs on that PostgreSQL database (one size per database; its folder is
/// DIR/SIZE-postgres) instead of a SQLite file.
/// <c>--rebuild no</c> queries the indexes already there (no rebuild, no re-indexing): for
/// profiling queries again and again.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var sizes = options.GetValueOrDefault("--sizes", "15000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        var queries = int.Parse(options.GetValueOrDefault("--queries", "1000"), CultureInfo.InvariantCulture);
        var rebuild = options.GetValueOrDefault("--rebuild", "yes") != "no";
        var postgres = options.GetValueOrDefault("--postgres");
        var data = Path.GetFullPath(options.GetValueOrDefault("--data", Path.Combine(Path.GetTempPath(), "stocktaking-benchmark")));
        Directory.CreateDirectory(data);

        // The site's content root is this program's folder (appsettings.json and recipes are copied here).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_STOCKTAKINGCMS_WEB", AppContext.BaseDirectory);

        var reports = new List<SizeReport>();
        foreach (var size in sizes)
        {
            // One site and data folder per size: {data}/{size}, kept for the next run.
            var folder = Path.Combine(data, size.ToString(CultureInfo.InvariantCulture) + (postgres is null ? "" : "-postgres"));
            Directory.CreateDirectory(folder);
            await using var site = new BenchmarkSite(folder, postgres);
            reports.Add(await new SearchBenchmark(site, queries, rebuild, Console.Out).RunAsync(size, CancellationToken.None));
        }

        var table = Table(reports, queries, postgres is null ? "SQLite" : "PostgreSQL");
        Console.WriteLine();
        Console.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(data, "benchmark-report.md"), table);
        return 0;
    }

    private static string Table(List<SizeReport> reports, int queries, string database)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {database}, {queries} queries per row after {SearchBenchmark.Warmup} warm-up queries; load average {LoadAverage()}.");
        text.AppendLine();
        text.Append("| measure |").AppendJoin("", reports.Select(r => $" {r.Entries:N0} entries |")).AppendLine();
        text.Append("|---|").AppendJoin("", reports.Select(_ => "---|")).AppendLine();
        void Row(string name, Func<SizeReport, string> value) =>
            text.Append(invariant, $"| {name} |").AppendJoin("", reports.Select(r => $" {value(r)} |")).AppendLine();

        Row("seeding (bulk path, every module's handlers)", r => r.WritingRate);
        Row("documents (6 indexes)", r => r.Documents.ToString("N0", invariant));
        Row("segments per index (after re-indexing)", r => string.Join(", ", r.Segments.Select(s => $"{s.Key} {s.Value}")));
        Row("full rebuild (wall / CPU)", r => r.Rebuild == TimeSpan.Zero ? "not run (--rebuild no)" : string.Create(invariant, $"{r.Rebuild.TotalSeconds:F1} s / {r.RebuildCpu.TotalSeconds:F1} s ({r.Entries / r.Rebuild.TotalSeconds:F0} entries/s)"));
        Row($"incremental indexing (worker path, {SearchBenchmark.SetsPerCommit} sets per commit)", r => r.Rebuild == TimeSpan.Zero ? "not run (--rebuild no)" : string.Create(invariant, $"{r.ReindexSetsPerSecond:F0} entries/s"));
        Row("text + all facets p50 / p95 / p99", r => Ms(r.Text.Wall));
        Row("text + all facets, CPU per query", r => string.Create(invariant, $"{r.Text.CpuMilliseconds:F1} ms"));
        Row("no words (all match) + all facets p50 / p95 / p99", r => Ms(r.Browse.Wall));
        Row("no words + all facets, CPU per query", r => string.Create(invariant, $"{r.Browse.CpuMilliseconds:F1} ms"));
        Row("allocated per text query", r => string.Create(invariant, $"{r.AllocatedPerQuery / 1024.0:F0} KB"));
        Row("managed heap after GC / working set", r => string.Create(invariant, $"{r.ManagedHeap / 1048576.0:F0} MB / {r.WorkingSet / 1048576.0:F0} MB"));
        Row("index size on disk", r => string.Create(invariant, $"{r.IndexBytes / 1048576.0:F0} MB"));
        return text.ToString();
    }

    private static string Ms(Percentiles p) => string.Create(CultureInfo.InvariantCulture, $"{p.P50:F1} / {p.P95:F1} / {p.P99:F1} ms");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
