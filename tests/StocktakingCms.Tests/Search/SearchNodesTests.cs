using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.Search.SearchSupport;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own data folder and indexes: what one
/// publishes, the other finds from the shared indexing log.
/// </summary>
public sealed class SearchNodesTests(SharedSite shared) : SiteTests(DatabaseProvider.Postgres, shared)
{
    [Fact]
    public async Task Should_find_on_a_second_node_an_entry_published_on_the_first_within_5_seconds()
    {
        var connectionString = Site.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:Default"];
        await using var nodeB = await CmsSiteFactory.StartAsync(
            DatabaseProvider.Postgres,
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString, ["Search:PollInterval"] = "00:00:01" });
        var earlier = TestEntries.Tag();
        var before = await TestEntries.CreateAsync(Site, $"Before node B {earlier}", publish: true);
        await FindsAsync(nodeB, "en", earlier, before);

        var tag = TestEntries.Tag();
        var watch = Stopwatch.StartNew();
        var id = await TestEntries.CreateAsync(Site, $"Published on node A {tag}", publish: true, culture: "fr");
        await FindsAsync(nodeB, "es", tag, id);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"found on node B after {watch.ElapsedMilliseconds} ms");
        Assert.NotEqual(Site.DataPath, nodeB.DataPath);
    }
}
