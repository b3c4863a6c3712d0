using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Demo.Seeding;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Data;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Taxonomies.Data;
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

    /// <summary>
    /// The bulk path skips the content manager's per-item save and validation: what it writes must
    /// still be valid and carry the rows every module keeps for a published entry (address, entries
    /// list, term links dated by the entry's publication).
    /// </summary>
    [Fact]
    public async Task Should_write_valid_items_with_every_module_s_rows()
    {
        await using var site = await CmsSiteFactory.StartAsync(DatabaseProvider.Sqlite);
        await site.Services.GetRequiredService<DemoSeeder>().SeedAsync(new DemoSeedOptions(30, Seed, Index: false), _ => { }, CancellationToken.None);

        await site.WithScopeAsync(async sp =>
        {
            var items = await sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
                .Where(i => i.ContentType == EntryFields.ContentType).ToListAsync();
            var addresses = await sp.GetRequiredService<ContentsDbContext>().AutorouteEntries.AsNoTracking().ToListAsync();
            var rows = await sp.GetRequiredService<EntriesDbContext>().Entries.AsNoTracking().ToListAsync();
            var links = await sp.GetRequiredService<TaxonomiesDbContext>().TermLinks.AsNoTracking().Where(l => l.Published).ToListAsync();
            var manager = sp.GetRequiredService<IContentManager>();
            Assert.InRange(items.Count, 31, 60);
            foreach (var item in items)
            {
                Assert.Empty(await manager.CheckAsync(item));
                Assert.Equal([false, true], addresses.Where(a => a.ContentItemId == item.ContentItemId).Select(a => a.Published).Order());
                Assert.Equal([false, true], rows.Where(r => r.ContentItemId == item.ContentItemId).Select(r => r.Published).Order());
                var regions = links.Where(l => l.ContentItemId == item.ContentItemId && l.Field == EntryFields.Regions).ToList();
                Assert.NotEmpty(regions);
                Assert.All(regions, l => Assert.Equal(item.PublishedUtc, l.SortDate));
            }

            // No task per item, one at the end that makes the worker rebuild (the recipe's taxonomies wrote the ones before).
            var tasks = await sp.GetRequiredService<SearchDbContext>().Tasks.OrderBy(t => t.Id).Select(t => t.LocalizationSet).ToListAsync();
            Assert.DoesNotContain(tasks, set => set.StartsWith("demo", StringComparison.Ordinal));
            Assert.Equal(IndexingTask.Everything, tasks[^1]);
        });
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
