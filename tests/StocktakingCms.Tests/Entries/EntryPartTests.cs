using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// The stocktaking entry's own rules through the content manager: each invalid field refused with
/// its error on <c>EntryPart.{Field}</c> and nothing stored, the limits themselves accepted,
/// regions derived from countries, C7 added with its sub-lines, and the admin index row kept.
/// </summary>
public abstract class EntryPartTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private static readonly Dictionary<string, Action<EntryPart>> InvalidCases = new()
    {
        ["short description of 201 words"] = p => p.ShortDescription = Words(201),
        ["short description of 2001 characters"] = p => p.ShortDescription = new string('x', 2_001),
        ["empty short description"] = p => p.ShortDescription = "   ",
        ["empty organisation"] = p => p.OrganisationName = "",
        ["blank organisation"] = p => p.OrganisationName = " \t ",
        ["organisation of 301 characters"] = p => p.OrganisationName = new string('o', 301),
        ["end before start"] = p => (p.StartDate, p.EndDate) = (new DateOnly(2024, 6, 2), new DateOnly(2024, 6, 1)),
        ["javascript address"] = p => p.Website = "javascript:alert(1)",
        ["ftp address"] = p => p.Website = "ftp://x",
        ["address without scheme"] = p => p.Website = "www.example.org",
        ["address of 301 characters"] = p => p.Website = "https://example.org/" + new string('a', 281),
        ["e-mail without domain"] = p => p.PrivateContactEmail = "someone@",
        ["e-mail without dot"] = p => p.PrivateContactEmail = "someone@localhost",
        ["e-mail with a display name"] = p => p.PrivateContactEmail = "Some One <someone@example.org>",
        ["two e-mails"] = p => p.PrivateContactEmail = "a@example.org, b@example.org",
        ["full description of 50001 characters"] = p => p.FullDescription = new string('f', 50_001),
        ["target groups of 301 characters"] = p => p.TargetGroups = new string('t', 301),
        ["public contact of 301 characters"] = p => p.PublicContactName = new string('n', 301),
        ["public organisation of 301 characters"] = p => p.PublicContactOrganisation = new string('n', 301),
        ["phone of 301 characters"] = p => p.PrivateContactPhone = new string('1', 301),
        ["51 partners"] = p => p.Partners = [.. Enumerable.Range(1, 51).Select(i => $"Partner {i}")],
        ["a partner of 301 characters"] = p => p.Partners = ["Fine", new string('p', 301)],
    };

    private static readonly Dictionary<string, Action<EntryPart>> ValidLimits = new()
    {
        ["short description of exactly 200 words"] = p => p.ShortDescription = Words(200),
        ["end on the start date"] = p => (p.StartDate, p.EndDate) = (new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 1)),
        ["start date only"] = p => (p.StartDate, p.EndDate) = (new DateOnly(2024, 6, 1), null),
        ["http address"] = p => p.Website = "http://example.org/a?b=c#d",
        ["no address"] = p => p.Website = null,
        ["no e-mail"] = p => p.PrivateContactEmail = "",
        ["plain e-mail"] = p => p.PrivateContactEmail = "first.last+tag@sub.example.org",
        ["texts of exactly 300 characters"] = p => (p.OrganisationName, p.TargetGroups, p.PublicContactName) = (new string('o', 300), new string('t', 300), new string('n', 300)),
        ["50 partners"] = p => p.Partners = [.. Enumerable.Range(1, 50).Select(i => $"Partner {i}")],
        ["full description of 50000 characters"] = p => p.FullDescription = new string('f', 50_000),
    };

    [Theory]
    [InlineData("short description of 201 words", "ShortDescription")]
    [InlineData("short description of 2001 characters", "ShortDescription")]
    [InlineData("empty short description", "ShortDescription")]
    [InlineData("empty organisation", "OrganisationName")]
    [InlineData("blank organisation", "OrganisationName")]
    [InlineData("organisation of 301 characters", "OrganisationName")]
    [InlineData("end before start", "EndDate")]
    [InlineData("javascript address", "Website")]
    [InlineData("ftp address", "Website")]
    [InlineData("address without scheme", "Website")]
    [InlineData("address of 301 characters", "Website")]
    [InlineData("e-mail without domain", "PrivateContactEmail")]
    [InlineData("e-mail without dot", "PrivateContactEmail")]
    [InlineData("e-mail with a display name", "PrivateContactEmail")]
    [InlineData("two e-mails", "PrivateContactEmail")]
    [InlineData("full description of 50001 characters", "FullDescription")]
    [InlineData("target groups of 301 characters", "TargetGroups")]
    [InlineData("public contact of 301 characters", "PublicContactName")]
    [InlineData("public organisation of 301 characters", "PublicContactOrganisation")]
    [InlineData("phone of 301 characters", "PrivateContactPhone")]
    [InlineData("51 partners", "Partners")]
    [InlineData("a partner of 301 characters", "Partners")]
    public async Task Should_refuse_the_entry_with_an_error_on_the_field_and_store_nothing_when_a_field_is_invalid(string @case, string property)
    {
        var (result, id) = await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await TestEntries.NewAsync(content, $"Invalid: {@case}");
            InvalidCases[@case](item.As<EntryPart>());
            return (await content.CreateAsync(item, publish: true), item.ContentItemId);
        });

        Assert.Equal(ContentFailure.Validation, result.Failure);
        Assert.Equal([$"EntryPart.{property}"], result.Errors.Keys);
        Assert.NotEmpty(Assert.Single(result.Errors[$"EntryPart.{property}"]));
        await TestEntries.AssertNothingStoredAsync(Site, id);
    }

    [Theory]
    [InlineData("short description of exactly 200 words")]
    [InlineData("end on the start date")]
    [InlineData("start date only")]
    [InlineData("http address")]
    [InlineData("no address")]
    [InlineData("no e-mail")]
    [InlineData("plain e-mail")]
    [InlineData("texts of exactly 300 characters")]
    [InlineData("50 partners")]
    [InlineData("full description of 50000 characters")]
    public async Task Should_save_the_entry_when_a_field_is_at_its_limit(string @case)
    {
        var id = await TestEntries.CreateAsync(Site, $"At the limit: {@case}", publish: true, alter: item => ValidLimits[@case](item.As<EntryPart>()));

        Assert.NotNull(await TestEntries.GetAsync(Site, id, VersionOptions.Published));
    }

    [Theory]
    [InlineData("short description of 201 words", "The short description can have at most 200 words (201 now).")]
    [InlineData("empty organisation", "The organisation's name is required.")]
    [InlineData("end before start", "The end date cannot be before the start date.")]
    [InlineData("javascript address", "Give a web address starting with http:// or https://.")]
    [InlineData("e-mail without dot", "This e-mail address is not valid.")]
    [InlineData("target groups of 301 characters", "At most 300 characters.")]
    public async Task Should_say_what_is_wrong_when_a_field_is_refused(string @case, string message)
    {
        var result = await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await TestEntries.NewAsync(content, "Explained");
            InvalidCases[@case](item.As<EntryPart>());
            return await content.CreateAsync(item);
        });

        Assert.Equal([message], result.AllMessages);
    }

    [Fact]
    public async Task Should_refuse_an_invalid_edit_of_a_published_entry_and_keep_it_online_unchanged()
    {
        var id = await TestEntries.CreateAsync(Site, "Online entry", publish: true);

        var result = await TestEntries.EditAsync(Site, id, item => item.Alter<EntryPart>(p => p.Website = "javascript:alert(1)"), publish: true);

        Assert.Equal(["EntryPart.Website"], result.Errors.Keys);
        var stored = await TestEntries.GetAsync(Site, id);
        Assert.True(stored!.Published);
        Assert.Equal(1, stored.Number);
        Assert.Equal("https://example.org/project", stored.Get<EntryPart>()!.Website);
    }

    [Fact]
    public async Task Should_derive_the_regions_from_the_countries_when_an_entry_is_saved()
    {
        var id = await TestEntries.CreateAsync(Site, "Regions from countries", publish: false, alter: item =>
            item.Alter<TermsPart>(p => p.Set(EntryFields.Countries, ["SN"])));

        var terms = (await TestEntries.GetAsync(Site, id))!.Get<TermsPart>()!;
        Assert.Equal(["002", "011", "202"], terms.Get(EntryFields.Regions).Order(StringComparer.Ordinal));
        Assert.Equal(["002", "011", "202"], (await TestEntries.TermLinksAsync(Site, id)).Where(l => l.Field == EntryFields.Regions).Select(l => l.Term));

        // Other countries: the regions follow, whatever was stored or typed into the derived field.
        var edited = await TestEntries.EditAsync(Site, id, item => item.Alter<TermsPart>(p =>
        {
            p.Set(EntryFields.Countries, ["FR", "JP"]);
            p.Set(EntryFields.Regions, ["019"]);
        }));
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        var countries = ReferenceFiles.Taxonomy("countries");
        var expected = ReferenceFiles.RegionsOf(countries, "FR").Concat(ReferenceFiles.RegionsOf(countries, "JP")).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await TestEntries.GetAsync(Site, id))!.Get<TermsPart>()!.Get(EntryFields.Regions).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("C7-e-health", "C7,C7-e-health")]
    [InlineData("C7-e-health,C7-e-learning", "C7,C7-e-health,C7-e-learning")]
    [InlineData("C7,C7-e-health", "C7,C7-e-health")]
    [InlineData("C7", "C7")]
    [InlineData("C4", "C4")]
    [InlineData("C5-legal", "C5-legal")]
    public async Task Should_add_C7_exactly_once_when_a_C7_sub_line_is_chosen(string chosen, string stored)
    {
        var id = await TestEntries.CreateAsync(Site, $"Action lines {chosen}", publish: true, alter: item =>
            item.Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, chosen.Split(','))));

        var actionLines = (await TestEntries.GetAsync(Site, id))!.Get<TermsPart>()!.Get(EntryFields.ActionLines);
        Assert.Equal(stored.Split(','), actionLines.Order(StringComparer.Ordinal));
        Assert.Equal(
            stored.Split(',').SelectMany(code => new[] { (false, code), (true, code) }).Order(),
            (await TestEntries.TermLinksAsync(Site, id)).Where(l => l.Field == EntryFields.ActionLines).Select(l => (l.Published, l.Term)).Order());
    }

    [Fact]
    public async Task Should_trim_the_texts_and_drop_blank_and_repeated_partners_when_an_entry_is_saved()
    {
        var id = await TestEntries.CreateAsync(Site, "Tidy entry", publish: false, culture: "fr", alter: item => item.Alter<EntryPart>(p =>
        {
            p.OrganisationName = "  Organisation  ";
            p.PrivateContactEmail = " tidy@example.org ";
            p.Website = "   ";
            p.Partners = [" One ", "", "one", "Two", "  "];
        }));

        var entry = (await TestEntries.GetAsync(Site, id))!.Get<EntryPart>()!;
        Assert.Equal("Organisation", entry.OrganisationName);
        Assert.Equal("tidy@example.org", entry.PrivateContactEmail);
        Assert.Null(entry.Website);
        Assert.Equal(["One", "Two"], entry.Partners);
        Assert.Equal("fr", entry.OriginalCulture);
    }

    [Fact]
    public async Task Should_keep_the_admin_index_row_of_the_latest_and_the_published_version_when_an_entry_changes()
    {
        var id = await TestEntries.CreateAsync(Site, "Indexed Entry", publish: true, culture: "es");
        Assert.Equal([(false, true, "Indexed Entry"), (true, true, "Indexed Entry")], await IndexRowsAsync(id));

        var edited = await TestEntries.EditAsync(Site, id, item => item.Alter<TitlePart>(p => p.Title = "Indexed Entry, Draft"));
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        Assert.Equal([(false, false, "Indexed Entry, Draft"), (true, true, "Indexed Entry")], await IndexRowsAsync(id));

        var discarded = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().DiscardDraftAsync(id));
        Assert.True(discarded.Succeeded, TestEntries.Describe(discarded));
        Assert.Equal([(false, true, "Indexed Entry"), (true, true, "Indexed Entry")], await IndexRowsAsync(id));

        var unpublished = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(id));
        Assert.True(unpublished.Succeeded, TestEntries.Describe(unpublished));
        Assert.Equal([(false, false, "Indexed Entry")], await IndexRowsAsync(id));

        var removed = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().RemoveAsync(id));
        Assert.True(removed.Succeeded, TestEntries.Describe(removed));
        Assert.Empty(await IndexRowsAsync(id));
    }

    /// <summary>The entry's index rows: (row of the published version?, is the latest version online?, title).</summary>
    private Task<List<(bool Published, bool IsPublishedVersion, string Title)>> IndexRowsAsync(string id) =>
        Site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<EntriesDbContext>().Entries.AsNoTracking().Where(e => e.ContentItemId == id).ToListAsync())
            .Select(e => (e.Published, e.IsPublishedVersion, e.Title))
            .Order()
            .ToList());

    private static string Words(int count) => string.Join(' ', Enumerable.Range(1, count).Select(i => $"word{i}"));
}

public sealed class EntryPartSqliteTests(SharedSite site) : EntryPartTests(DatabaseProvider.Sqlite, site);

public sealed class EntryPartPostgresTests(SharedSite site) : EntryPartTests(DatabaseProvider.Postgres, site);
