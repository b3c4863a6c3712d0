using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Taxonomies;

/// <summary>
/// Taxonomy editing in the admin (<c>/admin/taxonomies</c>) as an administrator's browser does it,
/// checked on the tree page, in the stored taxonomy and on the public term pages. Every test works
/// on terms of the action lines that no other test of the class touches.
/// </summary>
public abstract class TaxonomyAdminTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string Tree = "/admin/taxonomies/action-lines";

    [Fact]
    public async Task Should_refuse_with_the_number_of_items_and_keep_the_term_when_a_term_in_use_is_deleted()
    {
        // Two entries use e-health (one online, one a draft); C7 is added to both, one also has e-learning.
        await TestEntries.CreateAsync(Site, "Telemedicine", publish: true, alter: ActionLines("C7-e-health"));
        await TestEntries.CreateAsync(Site, "Health courses", publish: false, alter: ActionLines("C7-e-health", "C7-e-learning"));
        var client = await CreateAdminClientAsync();

        var tree = await Html.GetAsync(client, Tree);
        Assert.Equal("2 items", Node(tree, "C7-e-health").QuerySelector(".badge")?.TextContent.Trim());
        Assert.Equal("1 item", Node(tree, "C7-e-learning").QuerySelector(".badge")?.TextContent.Trim());
        Assert.Equal("2 items", Node(tree, "C7").QuerySelector(".badge")?.TextContent.Trim());

        // Deleting C7 would delete its sub-lines too: still the same two items, each counted once.
        foreach (var code in new[] { "C7-e-health", "C7" })
        {
            using var response = await PostAsync(client, $"{Tree}/terms/{code}/delete");
            AssertBackToTree(response);
            var after = await Html.GetAsync(client, Tree);
            Assert.Equal(
                "This term cannot be deleted: 2 items use it or a term below it. Re-tag them first.",
                after.QuerySelector(".message.error")?.TextContent.Trim());
            Assert.NotNull(await TermAsync(code));
        }

        Assert.Equal(8, (await TermAsync("C7"))!.Children.Count);
        Assert.Equal(HttpStatusCode.OK, (await CreateClient().GetAsync("/en/action-lines/C7-e-health")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_the_delete_when_only_the_published_version_of_an_entry_uses_the_term()
    {
        var id = await TestEntries.CreateAsync(Site, "Broadband plan", publish: true, alter: ActionLines("C2"));
        var edited = await TestEntries.EditAsync(Site, id, ActionLines("C3"));
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        var client = await CreateAdminClientAsync();

        using var response = await PostAsync(client, $"{Tree}/terms/C2/delete");

        AssertBackToTree(response);
        Assert.StartsWith("This term cannot be deleted: 1 item", (await Html.GetAsync(client, Tree)).QuerySelector(".message.error")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(await TermAsync("C2"));
    }

    [Fact]
    public async Task Should_add_a_term_under_its_parent_and_delete_it_again_when_no_entry_uses_it()
    {
        var client = await CreateAdminClientAsync();
        var code = $"C11-test-{TestEntries.Tag()}";

        using (var added = await Html.SubmitAsync(client, Tree, "form[action$='/terms']", fields => fields
            .Set("Code", code).Set("ParentCode", "C11").Set("Names[en]", "Test cooperation").Set("Names[fr]", "Coopération de test")))
        {
            AssertBackToTree(added);
        }

        var tree = await Html.GetAsync(client, Tree);
        Assert.Equal("The term was added.", tree.QuerySelector(".message.success")?.TextContent.Trim());
        Assert.Equal(code, ChildCodes(Node(tree, "C11")).Single());
        var term = await TermAsync(code);
        Assert.Equal("Coopération de test", term!.Names["fr"]);
        Assert.Equal("C11", (await StoredTreeAsync()).ParentOf(code)?.Code);
        var page = await Html.GetAsync(CreateClient(), $"/fr/action-lines/{code}");
        Assert.Equal("Coopération de test", page.QuerySelector("main h1")?.TextContent.Trim());

        // The same code again is refused.
        using (var twice = await Html.SubmitAsync(client, Tree, "form[action$='/terms']", fields => fields
            .Set("Code", code).Set("Names[en]", "Twice")))
        {
            AssertBackToTree(twice);
        }

        Assert.Equal($"The term code \"{code}\" is used twice.", (await Html.GetAsync(client, Tree)).QuerySelector(".message.error")?.TextContent.Trim());

        using (var deleted = await PostAsync(client, $"{Tree}/terms/{code}/delete"))
        {
            AssertBackToTree(deleted);
        }

        Assert.Equal("The term was deleted.", (await Html.GetAsync(client, Tree)).QuerySelector(".message.success")?.TextContent.Trim());
        Assert.Null(await TermAsync(code));
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().GetAsync($"/fr/action-lines/{code}")).StatusCode);
    }

    [Theory]
    [InlineData("bad code")]
    [InlineData("C11/evil")]
    [InlineData("Télé")]
    [InlineData("<script>")]
    public async Task Should_show_an_error_and_add_nothing_when_the_new_term_code_is_invalid(string code)
    {
        var client = await CreateAdminClientAsync();
        var before = (await StoredTreeAsync()).Count;

        using var response = await Html.SubmitAsync(client, Tree, "form[action$='/terms']", fields => fields
            .Set("Code", code).Set("ParentCode", "C11").Set("Names[en]", "Invalid"));

        AssertBackToTree(response);
        Assert.Equal(
            $"The term code \"{code}\" is not valid: use letters, digits, dots or hyphens.",
            (await Html.GetAsync(client, Tree)).QuerySelector(".message.error")?.TextContent.Trim());
        Assert.Equal(before, (await StoredTreeAsync()).Count);
        Assert.Null(await TermAsync(code));
    }

    [Fact]
    public async Task Should_show_the_new_name_on_the_french_page_only_when_a_term_is_renamed_in_french()
    {
        var client = await CreateAdminClientAsync();
        var name = $"Médias renommés {TestEntries.Tag()}";
        var before = await TermAsync("C9");

        using (var response = await Html.SubmitAsync(client, $"{Tree}/terms/C9", "form.editor", fields => fields.Set("Names[fr]", name)))
        {
            AssertBackToTree(response);
        }

        Assert.Equal("The term was saved.", (await Html.GetAsync(client, Tree)).QuerySelector(".message.success")?.TextContent.Trim());
        var visitor = CreateClient();
        Assert.Equal(name, (await Html.GetAsync(visitor, "/fr/action-lines/C9")).QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(before!.Names["en"], (await Html.GetAsync(visitor, "/en/action-lines/C9")).QuerySelector("main h1")?.TextContent.Trim());
        var after = await TermAsync("C9");
        Assert.Equal(before.Names.Where(n => n.Key != "fr").OrderBy(n => n.Key), after!.Names.Where(n => n.Key != "fr").OrderBy(n => n.Key));
        Assert.Equal(before.Descriptions.OrderBy(n => n.Key), after.Descriptions.OrderBy(n => n.Key));
        Assert.Equal(before.Provisional, after.Provisional);
        Assert.Null((await StoredTreeAsync()).ParentOf("C9"));
        Assert.Equal(name, (await Html.GetAsync(client, $"{Tree}/terms/C9")).QuerySelector("input[name='Names[fr]']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Should_refuse_a_term_without_any_name_and_keep_its_names()
    {
        var client = await CreateAdminClientAsync();
        var before = await TermAsync("C8");

        using var response = await Html.SubmitAsync(client, $"{Tree}/terms/C8", "form.editor", fields =>
        {
            foreach (var culture in new[] { "ar", "zh", "en", "fr", "ru", "es" })
            {
                fields.Set($"Names[{culture}]", " ");
            }
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the term a name in at least one language.", (await Html.ParseAsync(response)).QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before!.Names.OrderBy(n => n.Key), (await TermAsync("C8"))!.Names.OrderBy(n => n.Key));
    }

    [Fact]
    public async Task Should_clear_only_the_confirmed_language_when_a_provisional_name_is_confirmed()
    {
        var client = await CreateAdminClientAsync();
        var before = await TermAsync("C10");
        Assert.Contains("fr", before!.Provisional);
        var editor = await Html.GetAsync(client, $"{Tree}/terms/C10");
        Assert.NotNull(editor.QuerySelector("input#confirm-fr[type=checkbox]"));

        using (var response = await Html.SubmitAsync(client, $"{Tree}/terms/C10", "form.editor", fields => fields.Set("Confirm", "fr")))
        {
            AssertBackToTree(response);
        }

        var after = await TermAsync("C10");
        Assert.Equal(before.Provisional.Where(c => c != "fr"), after!.Provisional);
        Assert.Equal(before.Names.OrderBy(n => n.Key), after.Names.OrderBy(n => n.Key));
        Assert.Null((await Html.GetAsync(client, $"{Tree}/terms/C10")).QuerySelector("input#confirm-fr"));
        Assert.NotNull((await Html.GetAsync(client, $"{Tree}/terms/C10")).QuerySelector("input#confirm-ar"));
        Assert.Equal(
            $"Provisional: {string.Join(", ", after.Provisional)}",
            Node(await Html.GetAsync(client, Tree), "C10").QuerySelector(".badge.draft")?.TextContent.Trim());
    }

    [Fact]
    public async Task Should_change_the_order_of_siblings_and_only_theirs_when_a_term_is_moved_up_and_down()
    {
        var client = await CreateAdminClientAsync();
        var original = Children(await StoredTreeAsync(), "C5");
        var topLevel = (await StoredTreeAsync()).Taxonomy.Terms.Select(t => t.Code).ToList();
        Assert.Equal(["C5-legal", "C5-technical", "C5-organizational", "C5-capacity-building", "C5-international-cooperation"], original);

        using (var up = await PostAsync(client, $"{Tree}/terms/C5-technical/up"))
        {
            AssertBackToTree(up);
        }

        Assert.Equal(["C5-technical", "C5-legal", "C5-organizational", "C5-capacity-building", "C5-international-cooperation"], Children(await StoredTreeAsync(), "C5"));
        var tree = await Html.GetAsync(client, Tree);
        Assert.Equal("The order was saved.", tree.QuerySelector(".message.success")?.TextContent.Trim());
        Assert.Equal(Children(await StoredTreeAsync(), "C5"), ChildCodes(Node(tree, "C5")));

        // Up from the top stays on top; down twice moves two places.
        using (var top = await PostAsync(client, $"{Tree}/terms/C5-technical/up"))
        {
            AssertBackToTree(top);
        }

        Assert.Equal("C5-technical", Children(await StoredTreeAsync(), "C5")[0]);
        for (var i = 0; i < 2; i++)
        {
            using var down = await PostAsync(client, $"{Tree}/terms/C5-technical/down");
            AssertBackToTree(down);
        }

        Assert.Equal(["C5-legal", "C5-organizational", "C5-technical", "C5-capacity-building", "C5-international-cooperation"], Children(await StoredTreeAsync(), "C5"));
        Assert.Equal(topLevel, (await StoredTreeAsync()).Taxonomy.Terms.Select(t => t.Code));

        // The public page of C5 lists its children in the new order.
        var page = await Html.GetAsync(CreateClient(), "/en/action-lines/C5");
        Assert.Equal(
            Children(await StoredTreeAsync(), "C5").Select(c => $"/en/action-lines/{c}"),
            page.QuerySelectorAll("nav[aria-labelledby=narrower] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Should_answer_not_found_when_the_taxonomy_or_the_term_does_not_exist()
    {
        var client = await CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/taxonomies/no-such-taxonomy")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Tree}/terms/C99")).StatusCode);
        using var delete = await PostAsync(client, $"{Tree}/terms/C99/delete");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    private static Action<StocktakingCms.Core.Content.ContentItem> ActionLines(params string[] codes) =>
        item => item.Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, codes));

    /// <summary>Posts one of the tree page's buttons (up, down, delete) with the page's antiforgery token.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string action) => client.PostFormAsync(Tree, action, []);

    private static void AssertBackToTree(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} -> {response.Headers.Location}");
        Assert.Equal(Tree, response.Headers.Location?.OriginalString);
    }

    /// <summary>The tree page's list item of a term.</summary>
    private static IElement Node(IHtmlDocument tree, string code) =>
        tree.QuerySelectorAll("ul.term-tree li").Single(li => li.QuerySelector(".term-code")?.TextContent == code);

    /// <summary>The codes of the terms listed directly under a term's list item, in page order.</summary>
    private static List<string> ChildCodes(IElement node) =>
        [.. node.Children.Where(c => c.LocalName == "ul").SelectMany(ul => ul.Children).Select(li => li.QuerySelector(".term-code")!.TextContent)];

    private static List<string> Children(TaxonomyTree tree, string code) => [.. tree.Find(code)!.Children.Select(c => c.Code)];

    private Task<TaxonomyTree> StoredTreeAsync() =>
        Site.WithScopeAsync(async sp => (await sp.GetRequiredService<TaxonomyStore>().GetAsync("action-lines"))!);

    private async Task<TaxonomyTerm?> TermAsync(string code) => (await StoredTreeAsync()).Find(code);
}

public sealed class TaxonomyAdminSqliteTests(SharedSite site) : TaxonomyAdminTests(DatabaseProvider.Sqlite, site);

public sealed class TaxonomyAdminPostgresTests(SharedSite site) : TaxonomyAdminTests(DatabaseProvider.Postgres, site);
