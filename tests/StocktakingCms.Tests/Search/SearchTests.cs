using System.Net;
using AngleSharp.Html.Dom;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.Search.SearchSupport;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// Search as visitors use it: each language's analyzer, an entry found from every culture's index,
/// term labels in the visitor's language, facets counted drill-sideways, bad syntax answered,
/// unpublished entries and private contacts never found.
/// </summary>
public abstract class SearchTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_find_a_french_entry_by_the_plural_of_its_words()
    {
        var id = await TestEntries.CreateAsync(Site, $"Réseau de télécentre {TestEntries.Tag()}", publish: true, culture: "fr");

        await FindsAsync(Site, "fr", "télécentres", id);
        await FindsAsync(Site, "fr", "telecentres", id);
    }

    [Fact]
    public async Task Should_find_arabic_words_with_or_without_diacritics_and_hamza()
    {
        var id = await TestEntries.CreateAsync(Site, $"مشروع التعليم الإلكتروني {TestEntries.Tag()}", publish: true, culture: "ar");

        await FindsAsync(Site, "ar", "الالكتروني", id);
        await FindsAsync(Site, "ar", "التَّعْلِيمُ", id);
        await FindsAsync(Site, "ar", "الإلكترونية", id);
    }

    [Fact]
    public async Task Should_find_a_chinese_word_inside_a_sentence()
    {
        var id = await TestEntries.CreateAsync(Site, $"互联网中心 {TestEntries.Tag()}", publish: true, culture: "zh",
            alter: item => item.As<EntryPart>().ShortDescription = "该项目在农村地区建设互联网中心。");

        var found = await FindsAsync(Site, "zh", "农村", id);

        Assert.Contains("<mark>农村</mark>", found.Items.Single(i => i.Id == id).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_russian_and_spanish_entries_by_other_forms_of_their_words()
    {
        var russian = await TestEntries.CreateAsync(Site, $"Сельские телецентры {TestEntries.Tag()}", publish: true, culture: "ru");
        var spanish = await TestEntries.CreateAsync(Site, $"Bibliotecas digitales {TestEntries.Tag()}", publish: true, culture: "es");

        await FindsAsync(Site, "ru", "телецентр", russian);
        await FindsAsync(Site, "es", "biblioteca", spanish);
    }

    [Fact]
    public async Task Should_find_an_english_only_entry_from_the_french_index_and_say_it_is_in_english()
    {
        var id = await TestEntries.CreateAsync(Site, $"Rural telemedicine network {TestEntries.Tag()}", publish: true, culture: "en");

        var found = await FindsAsync(Site, "fr", "telemedicine", id);

        var hit = found.Items.Single(i => i.Id == id);
        Assert.Equal("en", hit.Culture);
        Assert.Equal("en", hit.OriginalCulture);
        Assert.StartsWith("/en/", hit.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_translation_in_its_own_index_and_the_original_elsewhere()
    {
        var tag = TestEntries.Tag();
        var english = await TestEntries.CreateAsync(Site, $"School connectivity {tag}", publish: true, culture: "en");
        var french = await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var source = (await content.GetAsync(english, VersionOptions.Latest))!;
            var translation = await content.NewAsync(source.ContentType);
            translation.Culture = "fr";
            translation.LocalizationSet = source.LocalizationSet;
            translation.Content = source.Content.Clone();
            translation.Alter<StocktakingCms.Contents.Models.TitlePart>(p => p.Title = $"Connectivité des écoles {tag}")
                .Alter<StocktakingCms.Contents.Models.AutoroutePart>(p => p.Slug = TestEntries.UniqueSlug("ecoles"));
            var created = await content.CreateAsync(translation, publish: true);
            Assert.True(created.Succeeded, TestEntries.Describe(created));
            return translation.ContentItemId;
        });

        var inFrench = await FindsAsync(Site, "fr", tag, french);
        var inSpanish = await FindsAsync(Site, "es", tag, english);

        Assert.DoesNotContain(inFrench.Items, i => i.Id == english);
        Assert.Equal(("fr", "en"), (inFrench.Items.Single(i => i.Id == french).Culture, inFrench.Items.Single(i => i.Id == french).OriginalCulture));
        Assert.DoesNotContain(inSpanish.Items, i => i.Id == french);
    }

    [Fact]
    public async Task Should_find_entries_by_the_labels_of_their_terms_in_the_visitors_language()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Clinic records {tag}", publish: true, culture: "en",
            alter: item => item.As<TermsPart>().Set(EntryFields.SdgGoals, ["3"]));

        await FindsAsync(Site, "fr", "santé", id);
        await FindsAsync(Site, "fr", $"santé {tag} records", id);
        await FindsAsync(Site, "es", "salud", id);
        await FindsAsync(Site, "ru", "здоровье", id);
        await FindsAsync(Site, "zh", "健康", id);
        await FindsAsync(Site, "ar", "الصحة", id);
        // The entry is shown in Spanish too (it has no Spanish translation), but not by a French label.
        Assert.DoesNotContain((await SearchAsync(Site, "es", $"santé {tag}")).Items, i => i.Id == id);
        await FindsAsync(Site, "es", $"salud {tag}", id);
    }

    [Fact]
    public async Task Should_find_entries_by_a_term_label_changed_after_they_were_indexed_without_a_rebuild()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Library cards {tag}", publish: true,
            alter: item => item.As<TermsPart>().Set(EntryFields.SdgGoals, ["3"]));
        await FindsAsync(Site, "fr", tag, id);
        var newWord = "sante" + TestEntries.Tag();
        var lastTask = await LastTaskIdAsync();

        await PublishTaxonomyAsync("sdgs", taxonomy => taxonomy.AllTerms().Single(t => t.Code == "3").Names["fr"] += " " + newWord);

        await FindsAsync(Site, "fr", newWord, id);
        Assert.False(await RebuildAskedSinceAsync(lastTask), "a label change asked every node for a rebuild");
    }

    [Fact]
    public async Task Should_rebuild_when_a_term_moves_under_another_parent()
    {
        var tag = TestEntries.Tag();
        var (parent, moved) = ($"parent-{tag}", $"moved-{tag}");
        // Terms of the test's own: the site is shared, and a term of the seed given a child would
        // make its entries ask for a more precise term.
        await PublishTaxonomyAsync("coverage", taxonomy => taxonomy.Terms.AddRange(
            new TaxonomyTerm { Code = parent, Names = new() { ["en"] = $"Parent {tag}" } },
            new TaxonomyTerm { Code = moved, Names = new() { ["en"] = $"Moved {tag}" } }));
        try
        {
            var id = await TestEntries.CreateAsync(Site, $"Coverage {tag}", publish: true,
                alter: item => item.As<TermsPart>().Set(EntryFields.Coverage, [moved]));
            await FindsAsync(Site, "en", tag, id);
            var client = CreateClient();
            Assert.Equal(0, (await ApiAsync(client, $"culture=en&q={tag}&coverage={parent}")).Total);
            var lastTask = await LastTaskIdAsync();

            await PublishTaxonomyAsync("coverage", taxonomy =>
            {
                var term = taxonomy.Terms.Single(t => t.Code == moved);
                taxonomy.Terms.Remove(term);
                taxonomy.Terms.Single(t => t.Code == parent).Children.Add(term);
            });

            Assert.True(await RebuildAskedSinceAsync(lastTask), "moving a term asked no node for a rebuild");
            await EventuallyAsync(() => ApiAsync(client, $"culture=en&q={tag}&coverage={parent}"), r => r.Total == 1, "the entry found under the term's new parent");
        }
        finally
        {
            await PublishTaxonomyAsync("coverage", taxonomy => taxonomy.Terms.RemoveAll(t => t.Code == parent || t.Code == moved));
        }
    }

    private async Task PublishTaxonomyAsync(string code, Action<TaxonomyPart> change)
    {
        var published = await Site.WithScopeAsync(async sp =>
        {
            var taxonomy = (await sp.GetRequiredService<TaxonomyStore>().GetAsync(code))!;
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(taxonomy.ContentItemId, VersionOptions.Latest))!;
            change(item.As<TaxonomyPart>());
            var updated = await content.UpdateAsync(item, item.Version);
            return updated.Succeeded ? await content.PublishAsync(item.ContentItemId) : updated;
        });
        Assert.True(published.Succeeded, TestEntries.Describe(published));
    }

    private Task<long> LastTaskIdAsync() =>
        Site.WithScopeAsync(async sp => await sp.GetRequiredService<SearchDbContext>().Tasks.MaxAsync(t => (long?)t.Id) ?? 0);

    private Task<bool> RebuildAskedSinceAsync(long taskId) =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().Tasks.AnyAsync(t => t.Id > taskId && t.LocalizationSet == IndexingTask.Everything));

    [Fact]
    public async Task Should_count_each_facet_without_its_own_selection()
    {
        var tag = TestEntries.Tag();
        static void Classify(ContentItem item, string country, string sdg)
        {
            var terms = item.As<TermsPart>();
            terms.Set(EntryFields.Countries, [country]);
            terms.Set(EntryFields.SdgGoals, [sdg]);
        }

        await TestEntries.CreateAsync(Site, $"Alpha {tag}", publish: true, alter: i => Classify(i, "CH", "4"));
        await TestEntries.CreateAsync(Site, $"Beta {tag}", publish: true, alter: i => Classify(i, "FR", "4"));
        await TestEntries.CreateAsync(Site, $"Gamma {tag}", publish: true, alter: i => Classify(i, "FR", "5"));
        var client = CreateClient();
        await EventuallyAsync(() => ApiAsync(client, $"culture=en&q={tag}"), r => r.Total == 3, "three entries indexed");

        var france = await ApiAsync(client, $"culture=en&q={tag}&country=FR");
        var either = await ApiAsync(client, $"culture=en&q={tag}&country=FR&country=CH");
        var franceAndQuality = await ApiAsync(client, $"culture=en&q={tag}&country=FR&sdg=4");

        Assert.Equal(2, france.Total);
        Assert.Equal((1, 2), (france.Count("country", "CH"), france.Count("country", "FR")));
        Assert.Equal((1, 1), (france.Count("sdg", "4"), france.Count("sdg", "5")));
        Assert.Equal(3, either.Total);
        Assert.Equal(1, franceAndQuality.Total);
        Assert.Equal((1, 1), (franceAndQuality.Count("country", "CH"), franceAndQuality.Count("country", "FR")));
        Assert.Equal((1, 1), (franceAndQuality.Count("sdg", "4"), franceAndQuality.Count("sdg", "5")));
        Assert.Equal(3, either.Count("region", "150"));
        Assert.Contains(france.Facets["country"], v => v.Code == "FR" && v.Label == "France");
    }

    [Theory]
    [InlineData("\"unbalanced (AND [")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("a OR OR b ~ ^ \\")]
    public async Task Should_answer_any_query_text_without_an_error(string q)
    {
        var result = await ApiAsync(CreateClient(), $"culture=fr&q={Uri.EscapeDataString(q)}");

        Assert.True(result.Total >= 0);
    }

    [Fact]
    public async Task Should_describe_the_api_in_an_openapi_document()
    {
        using var response = await CreateClient().GetAsync("/openapi/entries.json");
        var document = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"/api/entries\"", document, StringComparison.Ordinal);
        Assert.Contains("\"stakeholderType\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_everything_newest_first_without_words()
    {
        var older = await TestEntries.CreateAsync(Site, $"Older {TestEntries.Tag()}", publish: true);
        var newer = await TestEntries.CreateAsync(Site, $"Newer {TestEntries.Tag()}", publish: true);
        await FindsAsync(Site, "en", "Older", older);
        await FindsAsync(Site, "en", "Newer", newer);

        var all = await ApiAsync(CreateClient(), "culture=en&pageSize=2");

        Assert.Equal([newer, older], all.Items.Select(i => i.Id));
        Assert.True(all.Total >= 2);
    }

    [Fact]
    public async Task Should_no_longer_find_an_unpublished_entry()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Withdrawn {tag}", publish: true);
        await FindsAsync(Site, "ru", tag, id);

        var unpublished = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(id));

        Assert.True(unpublished.Succeeded, TestEntries.Describe(unpublished));
        await EventuallyAsync(() => SearchAsync(Site, "ru", tag), r => r.Total == 0, "the unpublished entry is gone");
    }

    [Fact]
    public async Task Should_never_find_an_entry_by_its_private_contact()
    {
        var secret = TestEntries.Tag();
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Discreet {tag}", publish: true, alter: item =>
        {
            var entry = item.As<EntryPart>();
            entry.PrivateContactEmail = $"{secret}@example.org";
            entry.PrivateContactPhone = $"+41 {secret}";
        });
        await FindsAsync(Site, "en", tag, id);

        Assert.Equal(0, (await SearchAsync(Site, "en", secret)).Total);
    }

    [Fact]
    public async Task Should_highlight_matches_in_html_safe_summaries()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Coding clubs {tag}", publish: true,
            alter: item => item.As<EntryPart>().ShortDescription = $"Teaching <script>alert(1)</script> & coding {tag} to girls.");

        var found = await FindsAsync(Site, "en", tag, id);

        var summary = found.Items.Single(i => i.Id == id).Summary;
        Assert.Contains($"<mark>{tag}</mark>", summary, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_results_and_facet_checkboxes_on_the_search_page_without_javascript()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Community radio {tag}", publish: true);
        await FindsAsync(Site, "fr", tag, id);

        var page = await Html.GetAsync(CreateClient(), $"/fr/search?q={tag}&country=CH");

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var link = page.QuerySelectorAll(".results a").Single(a => a.TextContent.Contains(tag, StringComparison.Ordinal));
        Assert.Equal(("en", "en"), (link.GetAttribute("lang"), link.GetAttribute("hreflang")));
        Assert.True(page.QuerySelectorAll("input[type=checkbox][name=country][value=CH]").OfType<IHtmlInputElement>().Single().IsChecked);
        Assert.Contains("Disponible en anglais", page.QuerySelector(".results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_index_status_to_administrators_only()
    {
        var anonymous = await CreateClient().GetAsync("/admin/search");
        var admin = await CreateAdminClientAsync();

        var page = await Html.GetAsync(admin, "/admin/search");

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotNull(page.QuerySelector("form#rebuild-all[action='/admin/search/rebuild'] input[name=__RequestVerificationToken]"));
        Assert.Equal(CmsCultures.All, page.QuerySelectorAll("table input[name=culture]").Select(i => i.GetAttribute("value")));
        Assert.Equal(7, page.QuerySelectorAll("table tr").Length);
    }

    [Fact]
    public async Task Should_rebuild_every_index_from_the_database()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Rebuilt {tag}", publish: true);
        await FindsAsync(Site, "en", tag, id);
        var admin = await CreateAdminClientAsync();

        using var response = await Html.SubmitAsync(admin, "/admin/search", "form#rebuild-all", _ => { });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await EventuallyAsync(
            () => Html.GetAsync(admin, "/admin/search"),
            p => p.QuerySelector("[role=status]") is null,
            "the rebuild is over");
        await FindsAsync(Site, "en", tag, id);

        // Progress was followed per index: the English entry went to the English index.
        var written = Site.Services.GetRequiredService<IndexingStatus>().RebuildDocuments;
        Assert.Equal(CmsCultures.All.Order(), written.Keys.Order());
        Assert.True(written["en"] > 0);
    }

    [Fact]
    public async Task Should_rebuild_one_language_index_alone_from_the_database()
    {
        var tag = TestEntries.Tag();
        var french = await TestEntries.CreateAsync(Site, $"Télécentre {tag}", publish: true, culture: "fr");
        var english = await TestEntries.CreateAsync(Site, $"Telecentre {tag}", publish: true, culture: "en");
        await FindsAsync(Site, "fr", tag, french);
        await FindsAsync(Site, "en", tag, english);
        // The French index loses the entry, as a damaged or stale index would.
        var set = await Site.WithScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(french))!.LocalizationSet);
        var indexes = Site.Services.GetRequiredService<SearchIndexes>();
        indexes.Apply(set, new Dictionary<string, Document?>());
        indexes.Commit();
        Assert.DoesNotContain((await SearchAsync(Site, "fr", tag)).Items, i => i.Id == french);
        var admin = await CreateAdminClientAsync();
        var cursor = Site.Services.GetRequiredService<IndexCursor>();
        var cursorBefore = cursor.Read();

        using var response = await Html.SubmitAsync(admin, "/admin/search", "form#rebuild-fr", _ => { });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await FindsAsync(Site, "fr", tag, french);
        Assert.Equal(["fr"], Site.Services.GetRequiredService<IndexingStatus>().RebuildDocuments.Keys);
        await FindsAsync(Site, "en", tag, english);
        // The cursor does not jump over tasks the other indexes have not applied (it may only settle forward).
        Assert.True(cursor.Read() >= cursorBefore && cursor.Read() <= await LastTaskIdAsync());
    }

    [Fact]
    public async Task Should_refuse_to_rebuild_an_index_of_a_language_the_site_does_not_offer()
    {
        var admin = await CreateAdminClientAsync();

        using var response = await Html.SubmitAsync(admin, "/admin/search", "form#rebuild-fr", fields => Html.Set(fields, "culture", "xx"));
        var page = await Html.GetAsync(admin, response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("There is no search index for the language \"xx\".", page.QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);
        Assert.False(Site.Services.GetRequiredService<IndexingStatus>().RebuildRequested);
    }
}

public sealed class SearchSqliteTests(SharedSite site) : SearchTests(DatabaseProvider.Sqlite, site);

public sealed class SearchPostgresTests(SharedSite site) : SearchTests(DatabaseProvider.Postgres, site);
