using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Taxonomies;

/// <summary>
/// Public term pages (<c>/{culture}/{taxonomy}/{code}</c>) as a visitor sees them: the term named
/// in the visitor's language, the published entries tagged with it or a term below it (one per
/// translation set, newest first, paged), and 404 for anything that is not a public term. Each
/// test tags its entries with terms no other test of the class uses when it counts them.
/// </summary>
public abstract class TermPageTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData("action-lines", "C7-e-health", "fr")]
    [InlineData("action-lines", "C7-e-health", "ar")]
    [InlineData("action-lines", "C7-e-health", "zh")]
    [InlineData("action-lines", "C7-e-health", "es")]
    [InlineData("action-lines", "C7-e-health", "ru")]
    [InlineData("action-lines", "C7-e-health", "en")]
    [InlineData("countries", "SN", "fr")]
    [InlineData("regions", "011", "ar")]
    [InlineData("sdgs", "3.1", "zh")]
    [InlineData("special-repositories", "women-in-tech", "ru")]
    public async Task Should_name_the_term_and_its_parent_in_the_visitor_language_when_a_term_page_is_opened(string taxonomy, string code, string culture)
    {
        var file = ReferenceFiles.Taxonomy(taxonomy);
        var term = file.AllTerms().Single(t => t.Code == code);
        var parent = file.AllTerms().SingleOrDefault(t => t.Children.Contains(term));

        var page = await Html.GetAsync(CreateClient(), $"/{culture}/{taxonomy}/{code}");

        Assert.Equal(term.Names[culture], page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.StartsWith(term.Names[culture], page.Title, StringComparison.Ordinal);
        var breadcrumb = page.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(file.Names[culture], breadcrumb[0]);
        if (parent is not null)
        {
            Assert.Equal(parent.Names[culture], breadcrumb[^1]);
            var links = page.QuerySelectorAll(".breadcrumb a");
            Assert.Equal($"/{culture}/{taxonomy}/{parent.Code}", links[links.Length - 1].GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Should_list_the_published_entries_of_the_term_and_of_its_children_when_a_parent_term_page_is_opened()
    {
        var slug = TestEntries.UniqueSlug("e-health");
        var online = $"E-health online {TestEntries.Tag()}";
        var draft = $"E-health draft {TestEntries.Tag()}";
        var offline = $"E-health offline {TestEntries.Tag()}";
        await TestEntries.CreateAsync(Site, online, publish: true, slug: slug, alter: Tag(EntryFields.ActionLines, "C7-e-health"));
        await TestEntries.CreateAsync(Site, draft, publish: false, alter: Tag(EntryFields.ActionLines, "C7-e-health"));
        var offlineId = await TestEntries.CreateAsync(Site, offline, publish: true, alter: Tag(EntryFields.ActionLines, "C7-e-health"));
        var unpublished = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(offlineId));
        Assert.True(unpublished.Succeeded, TestEntries.Describe(unpublished));
        var client = CreateClient();

        foreach (var code in new[] { "C7-e-health", "C7" })
        {
            var page = await Html.GetAsync(client, $"/en/action-lines/{code}");
            var titles = Titles(page);
            Assert.Contains(online, titles);
            Assert.DoesNotContain(draft, titles);
            Assert.DoesNotContain(offline, titles);
            Assert.Equal($"/en/{slug}", Link(page, online));
        }

        Assert.DoesNotContain(online, Titles(await Html.GetAsync(client, "/en/action-lines/C4")));
        Assert.DoesNotContain(online, Titles(await Html.GetAsync(client, "/en/action-lines/C7-e-science")));
        Assert.Equal("1 entry", (await Html.GetAsync(client, "/en/action-lines/C7-e-health")).QuerySelector("#entries")?.TextContent.Trim());

        // The child term is linked from its parent's page.
        var parent = await Html.GetAsync(client, "/en/action-lines/C7");
        Assert.Contains("/en/action-lines/C7-e-health", parent.QuerySelectorAll("nav[aria-labelledby=narrower] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Should_show_the_published_title_until_the_draft_is_published_when_a_listed_entry_is_edited()
    {
        var before = $"Employment before {TestEntries.Tag()}";
        var after = $"Employment after {TestEntries.Tag()}";
        var id = await TestEntries.CreateAsync(Site, before, publish: true, alter: Tag(EntryFields.ActionLines, "C7-e-employment"));
        var client = CreateClient();

        var edited = await TestEntries.EditAsync(Site, id, item => item.Alter<TitlePart>(p => p.Title = after));
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        var titles = Titles(await Html.GetAsync(client, "/en/action-lines/C7-e-employment"));
        Assert.Contains(before, titles);
        Assert.DoesNotContain(after, titles);

        var published = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(id));
        Assert.True(published.Succeeded, TestEntries.Describe(published));
        titles = Titles(await Html.GetAsync(client, "/en/action-lines/C7-e-employment"));
        Assert.Contains(after, titles);
        Assert.DoesNotContain(before, titles);
    }

    [Fact]
    public async Task Should_list_an_entry_on_the_pages_of_its_derived_regions_when_it_names_a_country()
    {
        var title = $"Senegal project {TestEntries.Tag()}";
        await TestEntries.CreateAsync(Site, title, publish: true, alter: Tag(EntryFields.Countries, "SN"));
        var client = CreateClient();

        foreach (var region in new[] { "002", "202", "011" })
        {
            Assert.Contains(title, Titles(await Html.GetAsync(client, $"/en/regions/{region}")));
        }

        Assert.Contains(title, Titles(await Html.GetAsync(client, "/en/countries/SN")));
        Assert.DoesNotContain(title, Titles(await Html.GetAsync(client, "/en/regions/150")));
        Assert.DoesNotContain(title, Titles(await Html.GetAsync(client, "/en/countries/CH")));
    }

    [Fact]
    public async Task Should_list_one_entry_per_translation_set_in_the_visitor_language_when_it_is_translated()
    {
        var tag = TestEntries.Tag();
        var english = $"Indigenous languages {tag}";
        var french = $"Langues autochtones {tag}";
        var englishId = await TestEntries.CreateAsync(Site, english, publish: true, alter: Tag(EntryFields.SpecialRepositories, "indigenous-languages"));
        var set = (await TestEntries.GetAsync(Site, englishId))!.LocalizationSet;
        await TestEntries.CreateAsync(Site, french, publish: true, culture: "fr", alter: item =>
        {
            item.LocalizationSet = set;
            Tag(EntryFields.SpecialRepositories, "indigenous-languages")(item);
        });
        var client = CreateClient();

        var inEnglish = await Html.GetAsync(client, "/en/special-repositories/indigenous-languages");
        Assert.Contains(english, Titles(inEnglish));
        Assert.DoesNotContain(french, Titles(inEnglish));
        var inFrench = await Html.GetAsync(client, "/fr/special-repositories/indigenous-languages");
        Assert.Contains(french, Titles(inFrench));
        Assert.DoesNotContain(english, Titles(inFrench));
        Assert.Equal("fr", inFrench.QuerySelectorAll("ul.entries a").Single(a => a.TextContent == french).GetAttribute("lang"));

        // In a language with no translation: one of the two, marked with its language.
        var inSpanish = await Html.GetAsync(client, "/es/special-repositories/indigenous-languages");
        var shown = Titles(inSpanish).Where(t => t == english || t == french).ToList();
        var only = Assert.Single(shown);
        var hint = inSpanish.QuerySelectorAll("ul.entries li").Single(li => li.QuerySelector("a")?.TextContent == only).QuerySelector(".hint")?.TextContent;
        Assert.Equal(only == english ? "(English)" : "(Français)", hint);
    }

    [Fact]
    public async Task Should_list_entries_but_not_the_call_that_includes_the_repository_when_a_special_repository_page_is_opened()
    {
        // The setup recipe's 2023 call is tagged with the special repositories it includes.
        var title = $"Women in tech mentoring {TestEntries.Tag()}";
        await TestEntries.CreateAsync(Site, title, publish: true, alter: Tag(EntryFields.SpecialRepositories, "women-in-tech"));
        var call = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("call2023stocktaking00000en", VersionOptions.Published));
        Assert.NotNull(call);

        var page = await Html.GetAsync(CreateClient(), "/en/special-repositories/women-in-tech");

        Assert.Contains(title, Titles(page));
        Assert.DoesNotContain(call.DisplayText, Titles(page));
    }

    [Fact]
    public async Task Should_filter_the_entries_of_a_special_repository_like_the_repository_and_count_each_filter_value()
    {
        // Tuvalu and Nauru in the Healthy Ageing repository: no other test tags those countries there.
        var tag = TestEntries.Tag();
        var farmingTuvalu = $"Farm prices by text message in Tuvalu {tag}";
        var accessTuvalu = $"Broadband for seniors in Tuvalu {tag}";
        var farmingNauru = $"Farm prices by text message in Nauru {tag}";
        await TestEntries.CreateAsync(Site, farmingTuvalu, publish: true, alter: Tags(["C7", "C7-e-agriculture"], "TV"));
        await TestEntries.CreateAsync(Site, accessTuvalu, publish: true, alter: Tags(["C2"], "TV"));
        await TestEntries.CreateAsync(Site, farmingNauru, publish: true, alter: Tags(["C7", "C7-e-agriculture"], "NR"));
        var client = CreateClient();
        const string repository = "/en/special-repositories/healthy-ageing";

        var tuvalu = await Html.GetAsync(client, $"{repository}?country=TV");
        Assert.Equal([accessTuvalu, farmingTuvalu], Titles(tuvalu).Where(t => t.EndsWith(tag, StringComparison.Ordinal)).Order());
        Assert.Equal("2 entries", tuvalu.QuerySelector("#entries")?.TextContent.Trim());
        // The chosen value stays ticked; the other countries keep the counts they would add.
        Assert.True(Choice(tuvalu, "country", "TV")?.IsChecked);
        Assert.Equal("Tuvalu (2)", Label(tuvalu, "country", "TV"));
        Assert.Equal("Nauru (1)", Label(tuvalu, "country", "NR"));
        // Another filter counts within Tuvalu.
        Assert.Equal("Information and communication infrastructure (1)", Label(tuvalu, "actionLine", "C2"));

        var narrowed = await Html.GetAsync(client, $"{repository}?country=TV&actionLine=C7-e-agriculture");
        Assert.Equal([farmingTuvalu], Titles(narrowed));

        var widened = await Html.GetAsync(client, $"{repository}?country=TV&country=NR");
        Assert.Equal([accessTuvalu, farmingNauru, farmingTuvalu], Titles(widened).Order());

        // A code the taxonomy does not hold is no filter; the legends are the taxonomies' names in the visitor's language.
        var french = await Html.GetAsync(client, "/fr/special-repositories/healthy-ageing?country=ZZ");
        Assert.Contains(farmingNauru, Titles(french));
        Assert.Contains("Pays et zones", french.QuerySelectorAll("form.term-filters legend").Select(l => l.TextContent.Trim()));
        Assert.Equal("/fr/special-repositories/healthy-ageing", french.QuerySelector("form.term-filters")?.GetAttribute("action"));
    }

    [Fact]
    public async Task Should_page_the_entries_newest_first_when_a_term_has_more_than_a_page()
    {
        var tag = TestEntries.Tag();
        var titles = new List<string>();
        for (var i = 1; i <= 21; i++)
        {
            titles.Add($"Ethics {i:D2} {tag}");
            await TestEntries.CreateAsync(Site, titles[^1], publish: true, alter: Tag(EntryFields.ActionLines, "C10"));
        }

        var client = CreateClient();
        var first = await Html.GetAsync(client, "/en/action-lines/C10");
        var second = await Html.GetAsync(client, "/en/action-lines/C10?page=2");

        Assert.Equal("21 entries", first.QuerySelector("#entries")?.TextContent.Trim());
        Assert.Equal(Enumerable.Reverse(titles).Take(20), Titles(first));
        Assert.Equal([titles[0]], Titles(second));
        Assert.Equal("?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("?page=1", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(Titles(second), Titles(await Html.GetAsync(client, "/en/action-lines/C10?page=99")));
    }

    [Theory]
    [InlineData("/en/action-lines/C99")]
    [InlineData("/en/action-lines/FR")]
    [InlineData("/fr/countries/C7")]
    [InlineData("/en/stakeholder-types/government")]
    [InlineData("/xx/action-lines/C7")]
    [InlineData("/en/no-such-taxonomy/C7")]
    public async Task Should_answer_not_found_when_the_address_is_not_a_public_term(string url)
    {
        using var response = await CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Action<ContentItem> Tag(string field, params string[] codes) =>
        item => item.Alter<TermsPart>(p => p.Set(field, codes));

    private static Action<ContentItem> Tags(string[] actionLines, string country) =>
        item => item.Alter<TermsPart>(p =>
        {
            p.Set(EntryFields.ActionLines, actionLines);
            p.Set(EntryFields.Countries, [country]);
            p.Set(EntryFields.SpecialRepositories, ["healthy-ageing"]);
        });

    private static IHtmlInputElement? Choice(IHtmlDocument page, string parameter, string code) =>
        page.QuerySelector($"form.term-filters input[name={parameter}][value='{code}']") as IHtmlInputElement;

    private static string? Label(IHtmlDocument page, string parameter, string code) =>
        page.QuerySelector($"form.term-filters label[for='f-{parameter}-{code}']")?.TextContent.Trim();

    private static List<string> Titles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("ul.entries li").Select(li => (li.QuerySelector("a") ?? li.QuerySelector("span"))!.TextContent.Trim())];

    private static string? Link(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("ul.entries a").FirstOrDefault(a => a.TextContent.Trim() == title)?.GetAttribute("href");
}

public sealed class TermPageSqliteTests(SharedSite site) : TermPageTests(DatabaseProvider.Sqlite, site);

public sealed class TermPagePostgresTests(SharedSite site) : TermPageTests(DatabaseProvider.Postgres, site);
