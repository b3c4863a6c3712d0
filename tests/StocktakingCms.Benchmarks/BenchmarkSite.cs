using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Benchmarks;

/// <summary>
/// The real site (the host's own Program; SQLite, or PostgreSQL when a connection string is given)
/// on a data folder (and database) kept between runs, so a second run skips seeding. The indexing worker is left out: the benchmark rebuilds and queries by
/// itself, with nothing running beside it.
/// </summary>
public sealed class BenchmarkSite(string dataPath, string? postgres = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Stocktaking:DataPath", dataPath);
        builder.UseSetting("Stocktaking:Database:Provider", postgres is null ? "Sqlite" : "Postgres");
        if (postgres is not null)
        {
            builder.UseSetting("ConnectionStrings:Default", postgres);
        }

        builder.UseSetting("Stocktaking:Setup:AdminPassword", "Bench-Setup-Secret-42");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            var worker = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IndexingWorker));
            services.Remove(worker);
        });
    }
}
