using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Content;

/// <summary>
/// The content admin (<c>/admin/content</c>) over HTTP as an editor's browser uses it: signed-in
/// cookies, antiforgery tokens, form posts and redirects; the public page checked at each step.
/// </summary>
public abstract partial class ContentAdminTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string Attack = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) and <img src=x onerror=alert(1)>";

    [Fact]
    public async Task Should_take_a_page_from_draft_to_online_to_offline_when_an_editor_works_in_the_admin()
    {
        var client = await CreateAdminClientAsync();
        var slug = UniqueSlug("admin-path");
        var page = $"/en/{slug}";

        var create = await GetPageAsync(client, "/admin/content/create/Page");
        Assert.NotNull(create.QuerySelector("input[name='TitlePart.Title']"));
        Assert.NotNull(create.QuerySelector("input[name='AutoroutePart.Slug']"));
        Assert.NotNull(create.QuerySelector("textarea[name='MarkdownBodyPart.Markdown']"));

        // 1. A draft: the editor sees it, visitors do not.
        var id = await CreateAsync(client, "Admin path page", slug, "**First text**", "draft");
        var editor = await GetPageAsync(client, EditUrl(id));
        Assert.Equal("Admin path page", editor.QuerySelector("input[name='TitlePart.Title']")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);

        // 2. Published, with hostile Markdown: online, and nothing of the attack survives.
        await SaveAsync(client, id, "Admin path page", slug, $"**First text**\n\n{Attack}", "publish");
        var online = await GetPublicAsync(client, page);
        Assert.Equal("Admin path page", online.QuerySelector("article h1")?.TextContent.Trim());
        var body = online.QuerySelector("article .body")!;
        Assert.Equal("First text", body.QuerySelector("strong")?.TextContent);
        Assert.All(online.QuerySelectorAll("script"), s => Assert.DoesNotContain("alert", s.OuterHtml, StringComparison.Ordinal));
        Assert.DoesNotContain("javascript:", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("x", body.QuerySelector("a")?.TextContent);

        // 3. Edited again as a draft: visitors keep the published text until it is published.
        await SaveAsync(client, id, "Admin path page", slug, "**Second text**", "draft");
        var stillOld = (await GetPublicAsync(client, page)).QuerySelector("article .body")!.TextContent;
        Assert.Contains("First text", stillOld);
        Assert.DoesNotContain("Second text", stillOld);
        await PostActionAsync(client, id, $"/admin/content/{id}/publish");
        Assert.Contains("Second text", (await GetPublicAsync(client, page)).QuerySelector("article .body")!.TextContent);

        // 4. History: both versions listed; restoring the first makes it the draft, online stays.
        var versions = await GetPageAsync(client, $"/admin/content/{id}/versions");
        Assert.Equal(["2", "1"], versions.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        var restore = versions.QuerySelectorAll("form[action$='/restore']").Select(f => f.GetAttribute("action")!).Single();
        using (var restored = await client.PostFormAsync($"/admin/content/{id}/versions", restore, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
            Assert.Equal(EditUrl(id), restored.Headers.Location?.OriginalString);
        }

        var restoredEditor = await GetPageAsync(client, EditUrl(id));
        Assert.Contains("First text", restoredEditor.QuerySelector("textarea[name='MarkdownBodyPart.Markdown']")!.TextContent);
        Assert.Contains("Second text", (await GetPublicAsync(client, page)).QuerySelector("article .body")!.TextContent);
        Assert.Equal(3, (await GetPageAsync(client, $"/admin/content/{id}/versions")).QuerySelectorAll("tbody tr").Length);

        // 5. Unpublished: gone from the public site, kept in the admin.
        await PostActionAsync(client, id, $"/admin/content/{id}/unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(EditUrl(id))).StatusCode);
    }

    [Fact]
    public async Task Should_show_the_conflict_and_keep_the_stored_item_when_the_edit_form_is_stale()
    {
        var client = await CreateAdminClientAsync();
        var slug = UniqueSlug("stale-form");
        var id = await CreateAsync(client, "Opened", slug, "Opened text", "draft");
        var openedVersion = await FormVersionAsync(client, id);
        await SaveAsync(client, id, "Saved first", slug, "First save", "draft", openedVersion);

        using var stale = await PostEditAsync(client, id, "Saved second", slug, "Second save", "draft", openedVersion);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var editor = await ParseAsync(stale);
        Assert.StartsWith("Someone else saved this item after you opened it.", Summary(editor), StringComparison.Ordinal);
        // What the editor typed is still in the form, so it can be applied again after a reload.
        Assert.Equal("Saved second", editor.QuerySelector("input[name='TitlePart.Title']")?.GetAttribute("value"));
        var stored = await LatestAsync(id);
        Assert.Equal("Saved first", stored.As<TitlePart>().Title);
        Assert.Equal("First save", stored.As<MarkdownBodyPart>().Markdown);
    }

    [Fact]
    public async Task Should_keep_what_was_typed_and_save_after_the_fix_when_an_edit_of_a_published_page_is_invalid()
    {
        var client = await CreateAdminClientAsync();
        var slug = UniqueSlug("invalid-edit");
        var id = await CreateAsync(client, "Online title", slug, "Online text", "publish");
        var version = await FormVersionAsync(client, id);

        using var invalid = await PostEditAsync(client, id, "", slug, "Typed text", "draft", version);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var editor = await ParseAsync(invalid);
        Assert.Equal("The title is required.", FieldError(editor, "TitlePart.Title"));
        Assert.Equal("Typed text", editor.QuerySelector("textarea[name='MarkdownBodyPart.Markdown']")?.TextContent.Trim());
        var formVersion = editor.QuerySelector("input[name='version']")?.GetAttribute("value");
        Assert.Equal(version, formVersion);
        Assert.Single(await VersionsAsync(id));

        // The editor fixes the title and saves the same form: no false conflict.
        await SaveAsync(client, id, "Fixed title", slug, "Typed text", "draft", formVersion);
        Assert.Equal("Fixed title", (await LatestAsync(id)).As<TitlePart>().Title);
        Assert.Contains("Online text", (await GetPublicAsync(client, $"/en/{slug}")).QuerySelector("article .body")!.TextContent);
    }

    [Theory]
    [InlineData("", "valid", "TitlePart.Title", "The title is required.")]
    [InlineData("Reserved address", "admin", "AutoroutePart.Slug", "The address \"admin\" is reserved by the site. Choose another.")]
    public async Task Should_show_the_error_next_to_the_field_and_create_nothing_when_a_new_page_is_invalid(
        string title, string slug, string field, string message)
    {
        var client = await CreateAdminClientAsync();
        var before = await CountItemsAsync();

        using var response = await PostCreateAsync(client, title, slug == "valid" ? UniqueSlug("valid") : slug, "Some text", "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FieldError(await ParseAsync(response), field));
        // The tests of a class run one after the other: no other test adds items meanwhile.
        Assert.Equal(before, await CountItemsAsync());
    }

    [Fact]
    public async Task Should_save_only_a_draft_when_a_reviewer_asks_to_publish()
    {
        var client = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        var slug = UniqueSlug("reviewer");

        var id = await CreateAsync(client, "Reviewer page", slug, "Reviewer text", "publish");

        Assert.Null(await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/en/{slug}")).StatusCode);
        var editor = await GetPageAsync(client, EditUrl(id));
        Assert.Null(editor.QuerySelector("button[name='submit'][value='publish']"));
        using var publish = await client.PostFormAsync(EditUrl(id), $"/admin/content/{id}/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.StartsWith("/error/403", publish.Headers.Location?.PathAndQuery ?? publish.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static string EditUrl(string id) => $"/admin/content/{id}/edit";

    private static async Task<string> CreateAsync(HttpClient client, string title, string slug, string markdown, string submit)
    {
        using var response = await PostCreateAsync(client, title, slug, markdown, submit);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await DescribeAsync(response));
        var match = EditAddress().Match(response.Headers.Location?.OriginalString ?? "");
        Assert.True(match.Success, $"Not an editor address: {response.Headers.Location}");
        return match.Groups["id"].Value;
    }

    private static Task<HttpResponseMessage> PostCreateAsync(HttpClient client, string title, string slug, string markdown, string submit) =>
        client.PostFormAsync("/admin/content/create/Page", "/admin/content/create/Page",
        [
            new("TitlePart.Title", title),
            new("AutoroutePart.Slug", slug),
            new("MarkdownBodyPart.Markdown", markdown),
            new("culture", "en"),
            new("submit", submit),
        ]);

    private static async Task SaveAsync(HttpClient client, string id, string title, string slug, string markdown, string submit, string? version = null)
    {
        using var response = await PostEditAsync(client, id, title, slug, markdown, submit, version ?? await FormVersionAsync(client, id));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await DescribeAsync(response));
        Assert.Equal(EditUrl(id), response.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> PostEditAsync(
        HttpClient client, string id, string title, string slug, string markdown, string submit, string version) =>
        client.PostFormAsync(EditUrl(id), EditUrl(id),
        [
            new("version", version),
            new("TitlePart.Title", title),
            new("AutoroutePart.Slug", slug),
            new("MarkdownBodyPart.Markdown", markdown),
            new("culture", "en"),
            new("submit", submit),
        ]);

    private static async Task PostActionAsync(HttpClient client, string id, string action)
    {
        using var response = await client.PostFormAsync(EditUrl(id), action, []);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await DescribeAsync(response));
        Assert.Equal(EditUrl(id), response.Headers.Location?.OriginalString);
    }

    /// <summary>The <c>version</c> the editor form carries, as a browser would post it back.</summary>
    private static async Task<string> FormVersionAsync(HttpClient client, string id) =>
        (await GetPageAsync(client, EditUrl(id))).QuerySelector("form.editor input[name='version']")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The editor has no version field.");

    private static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {await DescribeAsync(response)}");
        return await ParseAsync(response);
    }

    private static Task<IHtmlDocument> GetPublicAsync(HttpClient client, string url) => GetPageAsync(client, url);

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static string? Summary(IHtmlDocument page) => page.QuerySelector(".validation-summary li")?.TextContent.Trim();

    private static string? FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    private static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var text = $"{(int)response.StatusCode} -> {response.Headers.Location}";
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = await ParseAsync(response);
            var errors = page.QuerySelectorAll(".validation-summary li, .field-validation-error").Select(e => e.TextContent.Trim());
            text += $" errors: {string.Join(" | ", errors)}";
        }

        return text;
    }

    private Task<int> CountItemsAsync() =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().ContentItems.CountAsync());

    private Task<ContentItem> LatestAsync(string id) =>
        Site.WithScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!);

    private Task<IReadOnlyList<ContentItem>> VersionsAsync(string id) =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().ListVersionsAsync(id));


    [GeneratedRegex("^/admin/content/(?<id>[0-9a-z]{26})/edit$")]
    private static partial Regex EditAddress();
}

public sealed class ContentAdminSqliteTests(SharedSite site) : ContentAdminTests(DatabaseProvider.Sqlite, site);

public sealed class ContentAdminPostgresTests(SharedSite site) : ContentAdminTests(DatabaseProvider.Postgres, site);
