using System.Globalization;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.Services;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// The admin list of entries (<c>/admin/entries</c> and its query) on a site seeded once per class
/// with a few hundred entries through the <c>content</c> recipe step, as an import would make
/// them, then a few taken offline or given a draft. Every expected count is computed from the
/// seed data; the tests only read, so they share the seed.
/// </summary>
public abstract class EntryListTests(DatabaseProvider provider, SharedSite shared, EntrySeed seed)
    : SiteTests(provider, shared), IClassFixture<EntrySeed>
{
    private const int All = 10_000;

    private IReadOnlyList<SeededEntry> Entries { get; set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Entries = await seed.GetAsync(Site);
    }

    [Fact]
    public async Task Should_list_every_latest_version_newest_first_when_no_filter_is_set()
    {
        var page = await ListAsync(new EntryFilter(), pageSize: 20);

        Assert.Equal(EntrySeed.Count, page.Total);
        Assert.Equal(20, page.Rows.Count);
        // The three entries given a draft last were modified last.
        Assert.Equal(Enumerable.Reverse(EntrySeed.EditedToDraft).Select(i => Entries[i].Id), page.Rows.Take(3).Select(r => r.ContentItemId));
        Assert.EndsWith(" (draft)", page.Rows[2].Title, StringComparison.Ordinal);
        Assert.Equal(Entries[EntrySeed.EditedToDraft[0]].LatestTitle, page.Rows[2].Title);
    }

    [Theory]
    [InlineData("actionLine", "C7")]
    [InlineData("actionLine", "C7-e-learning")]
    [InlineData("actionLine", "C3")]
    [InlineData("sdg", "17")]
    [InlineData("sdg", "5")]
    [InlineData("sdg", "4.1")]
    [InlineData("stakeholderType", "academia")]
    [InlineData("stakeholderType", "international-organization")]
    [InlineData("country", "KE")]
    [InlineData("country", "FR")]
    [InlineData("region", "002")]
    [InlineData("region", "202")]
    [InlineData("region", "014")]
    [InlineData("region", "150")]
    [InlineData("region", "419")]
    [InlineData("culture", "ar")]
    [InlineData("culture", "zh")]
    [InlineData("status", "draft")]
    [InlineData("status", "published")]
    [InlineData("projectStatus", "completed")]
    [InlineData("text", "water")]
    [InlineData("text", "ÉDUCATION")]
    [InlineData("text", " Clean WATER ")]
    public async Task Should_list_exactly_the_matching_entries_when_one_filter_is_set(string parameter, string value)
    {
        var filter = Filter((parameter, value));
        var expected = Entries.Where(e => e.Matches(parameter, value)).Select(e => e.Id).Order().ToList();
        Assert.InRange(expected.Count, 1, EntrySeed.Count - 1);

        var page = await ListAsync(filter, All);

        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected, page.Rows.Select(r => r.ContentItemId).Order());
    }

    [Fact]
    public async Task Should_list_only_entries_matching_every_filter_when_filters_are_combined()
    {
        (string, string)[] filters = [("actionLine", "C7"), ("region", "002"), ("status", "published"), ("sdg", "17")];
        var expected = Entries.Where(e => filters.All(f => e.Matches(f.Item1, f.Item2))).Select(e => e.Id).Order().ToList();
        Assert.NotEmpty(expected);

        var page = await ListAsync(Filter(filters), All);

        Assert.Equal(expected, page.Rows.Select(r => r.ContentItemId).Order());
        Assert.DoesNotContain(Entries, e => e.Matches("country", "CH") && e.Matches("region", "002"));
        Assert.Empty((await ListAsync(Filter(("country", "CH"), ("region", "002")), All)).Rows);
    }

    [Fact]
    public async Task Should_sort_by_title_whatever_the_case_and_page_in_that_order_when_sorted_by_title()
    {
        var expected = Entries.OrderBy(e => e.LatestTitle.ToLowerInvariant(), StringComparer.Ordinal).Select(e => e.Id).ToList();

        var all = await ListAsync(new EntryFilter { Sort = "title" }, All);
        var third = await ListAsync(new EntryFilter { Sort = "title", Page = 3 }, 20);

        Assert.Equal(expected, all.Rows.Select(r => r.ContentItemId));
        Assert.Equal(expected.Skip(40).Take(20), third.Rows.Select(r => r.ContentItemId));
        Assert.Equal(3, third.Page);
    }

    [Fact]
    public async Task Should_keep_the_page_within_the_results_when_a_page_is_out_of_range()
    {
        var filter = Filter(("actionLine", "C3"));
        var matching = Entries.Count(e => e.Matches("actionLine", "C3"));
        var pages = (matching + 19) / 20;
        Assert.True(pages >= 2, $"{matching} entries: not enough for two pages");

        filter.Page = pages;
        var last = await ListAsync(filter, 20);
        filter.Page = pages + 5;
        var beyond = await ListAsync(filter, 20);
        filter.Page = -1;
        var before = await ListAsync(filter, 20);

        Assert.Equal(pages, last.PageCount);
        Assert.Equal(matching - ((pages - 1) * 20), last.Rows.Count);
        Assert.Equal(pages, beyond.Page);
        Assert.Equal(last.Rows.Select(r => r.ContentItemId), beyond.Rows.Select(r => r.ContentItemId));
        Assert.Equal(1, before.Page);
        Assert.Equal(20, before.Rows.Count);
        var seen = new List<string>();
        for (var p = 1; p <= pages; p++)
        {
            filter.Page = p;
            seen.AddRange((await ListAsync(filter, 20)).Rows.Select(r => r.ContentItemId));
        }

        Assert.Equal(matching, seen.Distinct().Count());
    }

    [Fact]
    public async Task Should_show_the_filtered_rows_the_count_and_pages_that_keep_the_filters_when_the_admin_list_is_opened()
    {
        var client = await CreateAdminClientAsync();
        var expected = Entries.Where(e => e.Matches("actionLine", "C7") && e.Matches("status", "published"))
            .OrderBy(e => e.LatestTitle.ToLowerInvariant(), StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 20, $"{expected.Count} entries: not enough for two pages");

        var first = await Html.GetAsync(client, "/admin/entries?actionLine=C7&status=published&sort=title");
        var second = await Html.GetAsync(client, "/admin/entries?actionLine=C7&status=published&sort=title&page=2");

        Assert.Equal($"{expected.Count} entries", first.QuerySelector("table.list caption")?.TextContent.Trim());
        Assert.Equal(expected.Take(20).Select(e => e.LatestTitle), first.QuerySelectorAll("table.list tbody tr td:first-child a").Select(a => a.TextContent));
        Assert.Equal(expected.Take(20).Select(e => $"/admin/content/{e.Id}/edit"), first.QuerySelectorAll("table.list tbody tr td:first-child a").Select(a => a.GetAttribute("href")));
        Assert.Equal(expected.Skip(20).Take(20).Select(e => e.LatestTitle), second.QuerySelectorAll("table.list tbody tr td:first-child a").Select(a => a.TextContent));
        var next = HttpUtility.ParseQueryString(new Uri(new Uri("http://site/admin/entries"), first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")).Query);
        Assert.Equal(("C7", "published", "title", "2"), (next["actionLine"], next["status"], next["sort"], next["page"]));
        Assert.Equal("C7", first.QuerySelector("select[name=actionLine] option[selected]")?.GetAttribute("value"));
        Assert.Equal("published", first.QuerySelector("select[name=status] option[selected]")?.GetAttribute("value"));

        var none = await Html.GetAsync(client, "/admin/entries?text=no-such-title-anywhere");
        Assert.Empty(none.QuerySelectorAll("table.list tbody tr"));
    }

    private Task<EntryListPage> ListAsync(EntryFilter filter, int pageSize) =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<EntryAdminQuery>().ListAsync(filter, pageSize, CancellationToken.None));

    private static EntryFilter Filter(params (string Parameter, string Value)[] filters)
    {
        var filter = new EntryFilter();
        foreach (var (parameter, value) in filters)
        {
            switch (parameter)
            {
                case "actionLine": filter.ActionLine = value; break;
                case "sdg": filter.Sdg = value; break;
                case "stakeholderType": filter.StakeholderType = value; break;
                case "country": filter.Country = value; break;
                case "region": filter.Region = value; break;
                case "culture": filter.Culture = value; break;
                case "status": filter.Status = value; break;
                case "projectStatus": filter.ProjectStatus = value; break;
                case "text": filter.Text = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(filters), parameter, null);
            }
        }

        return filter;
    }
}

public sealed class EntryListSqliteTests(SharedSite site, EntrySeed seed) : EntryListTests(DatabaseProvider.Sqlite, site, seed);

public sealed class EntryListPostgresTests(SharedSite site, EntrySeed seed) : EntryListTests(DatabaseProvider.Postgres, site, seed);

/// <summary>One seeded entry as the tests expect it: its latest version's classification, derived terms included.</summary>
public sealed record SeededEntry(
    string Id,
    string LatestTitle,
    string Culture,
    bool LatestIsOnline,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string> Sdgs,
    string StakeholderType,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Regions,
    string ProjectStatus)
{
    public bool Matches(string parameter, string value) => parameter switch
    {
        "actionLine" => ActionLines.Contains(value),
        "sdg" => Sdgs.Contains(value),
        "stakeholderType" => StakeholderType == value,
        "country" => Countries.Contains(value),
        "region" => Regions.Contains(value),
        "culture" => Culture == value,
        "status" => value == "published" ? LatestIsOnline : !LatestIsOnline,
        "projectStatus" => ProjectStatus == value,
        "text" => LatestTitle.ToLowerInvariant().Contains(value.Trim().ToLowerInvariant(), StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, null),
    };
}

/// <summary>
/// Seeds the class's site once: <see cref="Count"/> entries in one <c>content</c> step (a quarter
/// of them drafts), then three published ones given a newer draft and two taken offline.
/// </summary>
public sealed class EntrySeed
{
    public const int Count = 300;

    /// <summary>Published entries that get a newer draft (their latest version is not online).</summary>
    public static readonly int[] EditedToDraft = [1, 2, 3];

    /// <summary>Published entries taken offline.</summary>
    public static readonly int[] TakenOffline = [5, 6];

    private static readonly string[] Cultures = ["en", "fr", "es", "ru", "ar", "zh"];
    private static readonly string[] StakeholderTypes = ["government", "private-sector", "civil-society", "academia", "international-organization", "other"];
    private static readonly string[] CountryPool = ["SN", "FR", "CH", "BR", "CN", "IN", "US", "KE", "JP", "EG", "DE", "AU"];
    private static readonly string[] ProjectStatuses = ["planned", "ongoing", "completed"];

    private readonly Lock _lock = new();
    private Task<IReadOnlyList<SeededEntry>>? _seeding;

    public Task<IReadOnlyList<SeededEntry>> GetAsync(CmsSiteFactory site)
    {
        lock (_lock)
        {
            return _seeding ??= SeedAsync(site);
        }
    }

    private static async Task<IReadOnlyList<SeededEntry>> SeedAsync(CmsSiteFactory site)
    {
        var countries = ReferenceFiles.Taxonomy("countries");
        var expected = new List<SeededEntry>();
        var items = new JsonArray();
        for (var i = 0; i < Count; i++)
        {
            var culture = Cultures[i % 6];
            var chosenLines = new List<string> { $"C{(i % 11) + 1}" };
            if (i % 7 == 0)
            {
                chosenLines.Add("C7-e-learning");
            }

            var goals = new List<string> { ((i % 17) + 1).ToString(CultureInfo.InvariantCulture) };
            if (i % 3 == 0 && !goals.Contains("17"))
            {
                goals.Add("17");
            }

            List<string> targets = i % 10 == 0 ? ["4.1"] : [];
            var stakeholder = StakeholderTypes[(i / 2) % 6];
            var entryCountries = new List<string> { CountryPool[i % 12] };
            if (i % 8 == 0 && !entryCountries.Contains("KE"))
            {
                entryCountries.Add("KE");
            }

            var status = ProjectStatuses[(i / 3) % 3];
            var title = Title(i);
            var published = i % 4 != 0;
            var id = $"seedentry{i:D4}";
            items.Add(new JsonObject
            {
                ["contentItemId"] = id,
                ["contentType"] = EntryFields.ContentType,
                ["culture"] = culture,
                ["published"] = published,
                ["parts"] = new JsonObject
                {
                    ["TitlePart"] = new JsonObject { ["title"] = title },
                    ["AutoroutePart"] = new JsonObject { ["slug"] = $"seed-entry-{i}" },
                    ["EntryPart"] = new JsonObject
                    {
                        ["shortDescription"] = $"Seeded entry number {i}.",
                        ["organisationName"] = $"Organisation {i % 10}",
                        ["startDate"] = "2023-01-01",
                        ["privateContactEmail"] = $"seed{i}@example.org",
                    },
                    ["TermsPart"] = new JsonObject
                    {
                        ["fields"] = new JsonObject
                        {
                            [EntryFields.ActionLines] = Array(chosenLines),
                            [EntryFields.SdgGoals] = Array(goals),
                            [EntryFields.SdgTargets] = Array(targets),
                            [EntryFields.StakeholderType] = Array([stakeholder]),
                            [EntryFields.Countries] = Array(entryCountries),
                            [EntryFields.Status] = Array([status]),
                        },
                    },
                },
            });

            var lines = chosenLines.Any(l => l.StartsWith("C7-", StringComparison.Ordinal)) && !chosenLines.Contains("C7") ? [.. chosenLines, "C7"] : chosenLines;
            var regions = entryCountries.SelectMany(c => ReferenceFiles.RegionsOf(countries, c)).Distinct().ToList();
            var latestIsOnline = published && !EditedToDraft.Contains(i) && !TakenOffline.Contains(i);
            var latestTitle = EditedToDraft.Contains(i) ? title + " (draft)" : title;
            expected.Add(new SeededEntry(id, latestTitle, culture, latestIsOnline, lines, [.. goals, .. targets], stakeholder, entryCountries, regions, status));
        }

        var result = await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(new RecipeDescriptor
        {
            Name = "entry-seed",
            Source = Path.Combine(ReferenceFiles.RecipesFolder, "entry-seed.recipe.json"),
            Steps = [new JsonObject { ["name"] = "content", ["data"] = items }],
        });
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains($"Content: {Count} created, 0 updated, 0 unchanged.", result.Lines);

        foreach (var i in EditedToDraft)
        {
            Assert.True(i % 4 != 0, "only published entries get a draft");
            var edited = await TestEntries.EditAsync(site, expected[i].Id, item => item.Alter<TitlePart>(p => p.Title += " (draft)").Alter<EntryPart>(p => p.ShortDescription += " Edited."));
            Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        }

        foreach (var i in TakenOffline)
        {
            var offline = await site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(expected[i].Id));
            Assert.True(offline.Succeeded, TestEntries.Describe(offline));
        }

        return expected;
    }

    /// <summary>Titles whose alphabetical order is not the seed order, some in another case, some with words to search.</summary>
    private static string Title(int i)
    {
        var letters = new string([(char)('A' + (i * 7 % 26)), (char)('a' + (i * 11 % 26)), (char)((i % 5 == 0 ? 'A' : 'a') + (i * 5 % 26))]);
        var topic = i % 9 == 0 ? "Clean Water for all" : i % 13 == 0 ? "Éducation numérique" : "Digital project";
        return $"{letters}-{i:D3} {topic}";
    }

    private static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
