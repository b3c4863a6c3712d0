using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Demo.Seeding;
using StocktakingCms.Entries;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Search.SearchSupport;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// The demo data behind <c>seed-demo</c>: the same seed gives the same entries on two fresh sites,
/// a second run adds nothing, and what it writes is published, classified and searchable.
/// </summary>
public sealed class DemoSeederTests
{
    private const int Seed = 7;
    private const int Entries = 200;

    [Fact]
    public async Task Should_write_the_same_searchable_entries_for_the_same_seed()
    {
        await using var first = await CmsSiteFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var second = await CmsSiteFactory.StartAsync(DatabaseProvider.Sqlite);

        var seeded = await SeedAsync(first);
        await SeedAsync(second);
        var again = await SeedAsync(first);

        var items = await SnapshotAsync(first);
        Assert.Equal(items, await SnapshotAsync(second));
        Assert.Equal(seeded.Created, items.Count);
        Assert.Equal((0, seeded.Created), (again.Created, again.Skipped));
        Assert.InRange(items.Count, Entries + 1, Entries * 2);
        Assert.Equal(["ar", "en", "es", "fr", "ru", "zh"], items.Select(i => i.Culture).Distinct().Order());
        Assert.Contains(items.GroupBy(i => i.LocalizationSet), set => set.Count() > 1);
        Assert.DoesNotContain(items, i => i.Title.Contains("lorem", StringComparison.OrdinalIgnoreCase));

        // Published and indexed: an English original is found by its title, with its classification counted.
        var english = items.First(i => i.Culture == "en" && i.Id == i.LocalizationSet);
        await FindsAsync(first, "en", $"\"{english.Title}\"", english.Id);
        var all = await SearchAsync(first, "fr", null);
        Assert.Equal(Entries, all.Total);
        var actionLines = all.Facets["actionLine"];
        Assert.True(
            actionLines.Single(v => v.Code == EntryFields.ApplicationsActionLine).Count >= actionLines.Where(v => v.Code.StartsWith("C7-", StringComparison.Ordinal)).Max(v => v.Count),
            "C7 sub-lines bring their parent C7");
        Assert.True(all.Facets["country"].Count > 50, "entries spread over many countries");
        Assert.True(all.Facets["region"].Count > 5, "regions derived from the countries");
    }

    private static Task<DemoSeedResult> SeedAsync(CmsSiteFactory site) =>
        site.Services.GetRequiredService<DemoSeeder>().SeedAsync(new DemoSeedOptions(Entries, Seed), _ => { }, CancellationToken.None);

    private sealed record Item(string Id, string LocalizationSet, string Culture, string Title, bool Published, DateTime? PublishedUtc, string Parts);

    /// <summary>Everything the seed decides (ids, languages, texts, parts, dates), not what the database adds (version ids).</summary>
    private static Task<List<Item>> SnapshotAsync(CmsSiteFactory site) =>
        site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
                .Where(i => i.ContentType == EntryFields.ContentType && i.Latest)
                .ToListAsync())
            .Select(i => new Item(i.ContentItemId, i.LocalizationSet, i.Culture, i.DisplayText, i.Published, i.PublishedUtc, i.Content.Serialize()))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList());
}
