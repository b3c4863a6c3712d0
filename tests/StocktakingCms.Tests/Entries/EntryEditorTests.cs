using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// Entries through the admin's content editor as an administrator's browser uses it, and what
/// visitors then see: a French entry translated into Arabic and listed in each language, the
/// private contact kept off every public page, and invalid forms shown again with the error on
/// the field and nothing saved.
/// </summary>
public abstract partial class EntryEditorTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string CreateUrl = "/admin/content/create/" + EntryFields.ContentType;

    [Fact]
    public async Task Should_list_each_language_on_its_term_page_when_a_french_entry_is_translated_into_arabic()
    {
        var client = await CreateAdminClientAsync();
        var tag = TestEntries.Tag();
        var french = $"Télémédecine au Sénégal {tag}";
        var arabic = $"التطبيب عن بعد في السنغال {tag}";
        var slug = $"telemedecine-{tag}";
        var form = (await Html.GetAsync(client, CreateUrl)).QuerySelector("form.editor")!;
        foreach (var (field, value) in Classification)
        {
            Assert.True(Offers(form, $"TermsPart.Fields[{field}]", value), $"The editor offers no {value} for {field}.");
        }

        Assert.Null(form.QuerySelector("[name='TermsPart.Fields[regions]']"));

        // 1. The entry is written in French and published.
        string frenchId;
        using (var created = await Html.SubmitAsync(client, CreateUrl, "form.editor", fields => Fill(fields, french, slug, "fr", "Un service de téléconsultation pour les centres de santé ruraux.").Set("submit", "publish")))
        {
            frenchId = EditedId(created, await Html.DescribeAsync(created));
        }

        var stored = (await TestEntries.GetAsync(Site, frenchId, VersionOptions.Published))!;
        Assert.Equal("fr", stored.Culture);
        Assert.Equal("fr", stored.Get<EntryPart>()!.OriginalCulture);
        Assert.Equal(new DateOnly(2024, 1, 15), stored.Get<EntryPart>()!.StartDate);
        Assert.Equal(["Ministère de la Santé", "Université Cheikh Anta Diop"], stored.Get<EntryPart>()!.Partners);
        Assert.Equal(["C7", "C7-e-health"], stored.Get<TermsPart>()!.Get(EntryFields.ActionLines).Order(StringComparer.Ordinal));
        Assert.Equal(["002", "011", "202"], stored.Get<TermsPart>()!.Get(EntryFields.Regions).Order(StringComparer.Ordinal));

        // 2. It is translated into Arabic: a draft in the same translation set, pre-filled.
        string arabicId;
        using (var translated = await client.PostFormAsync(EditUrl(frenchId), $"/admin/content/{frenchId}/translate", [new("culture", "ar")]))
        {
            arabicId = EditedId(translated, await Html.DescribeAsync(translated));
        }

        Assert.NotEqual(frenchId, arabicId);
        var draft = await Html.GetAsync(client, EditUrl(arabicId));
        Assert.Equal("ar", draft.QuerySelector("select[name=culture] option[selected]")?.GetAttribute("value"));
        Assert.Equal(french, draft.QuerySelector("input[name='TitlePart.Title']")?.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)draft.QuerySelector("input[name='TermsPart.Fields[actionLines]'][value='C7-e-health']")!).IsChecked);
        // Until the translation is published, an Arabic visitor is shown the French version.
        Assert.Equal(french, (await Html.GetAsync(CreateClient(), $"/ar/{slug}")).QuerySelector("article h1")?.TextContent.Trim());
        Assert.Null(Link(await Html.GetAsync(CreateClient(), "/ar/action-lines/C7-e-health"), arabic));

        // 3. The Arabic text is written and published.
        using (var published = await Html.SubmitAsync(client, EditUrl(arabicId), "form.editor", fields => fields
            .Set("TitlePart.Title", arabic)
            .Set("EntryPart.ShortDescription", "خدمة استشارات طبية عن بعد للمراكز الصحية الريفية.")
            .Set("submit", "publish")))
        {
            Assert.Equal(arabicId, EditedId(published, await Html.DescribeAsync(published)));
        }

        var arabicItem = (await TestEntries.GetAsync(Site, arabicId, VersionOptions.Published))!;
        Assert.Equal(("ar", stored.LocalizationSet), (arabicItem.Culture, arabicItem.LocalizationSet));
        foreach (var field in new[] { EntryFields.ActionLines, EntryFields.SdgTargets, EntryFields.Countries, EntryFields.Regions, EntryFields.Edition })
        {
            Assert.Equal(stored.Get<TermsPart>()!.Get(field).Order(StringComparer.Ordinal), arabicItem.Get<TermsPart>()!.Get(field).Order(StringComparer.Ordinal));
        }

        // 4. Visitors find each language version on the term page of their language.
        var visitor = CreateClient();
        var frenchPage = await Html.GetAsync(visitor, "/fr/action-lines/C7-e-health");
        Assert.Equal($"/fr/{slug}", Link(frenchPage, french));
        Assert.Null(Link(frenchPage, arabic));
        var arabicPage = await Html.GetAsync(visitor, "/ar/action-lines/C7-e-health");
        Assert.Equal($"/ar/{slug}", Link(arabicPage, arabic));
        Assert.Null(Link(arabicPage, french));
        Assert.Equal("rtl", arabicPage.DocumentElement.GetAttribute("dir"));
        Assert.Contains(arabic, (await Html.GetAsync(visitor, "/ar/action-lines/C7")).QuerySelectorAll("ul.entries a").Select(a => a.TextContent));
        var english = await Html.GetAsync(visitor, "/en/action-lines/C7-e-health");
        Assert.Single(new[] { Link(english, french), Link(english, arabic) }, link => link is not null);

        Assert.Equal(french, (await Html.GetAsync(visitor, $"/fr/{slug}")).QuerySelector("article h1")?.TextContent.Trim());
        Assert.Equal(arabic, (await Html.GetAsync(visitor, $"/ar/{slug}")).QuerySelector("article h1")?.TextContent.Trim());

        // The French editor lists the Arabic translation.
        var frenchEditor = await Html.GetAsync(client, EditUrl(frenchId));
        Assert.Contains(EditUrl(arabicId), frenchEditor.QuerySelectorAll(".translations a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Should_keep_the_private_contact_off_every_public_page_and_show_it_in_the_admin_editor()
    {
        var tag = TestEntries.Tag();
        var email = $"secret-{tag}@example.org";
        var phone = $"+41-{Random.Shared.Next(100_000_000, 999_999_999)}";
        var digits = phone[4..];
        var slug = TestEntries.UniqueSlug("private");
        var title = $"Private contact {tag}";
        var id = await TestEntries.CreateAsync(Site, title, publish: true, slug: slug, alter: item => item
            .Alter<EntryPart>(p => (p.PrivateContactEmail, p.PrivateContactPhone, p.PublicContactName) = (email, phone, $"Public Person {tag}"))
            .Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, ["C7-e-business"])));
        var visitor = CreateClient();

        var entryPage = await visitor.GetStringAsync($"/en/{slug}");
        Assert.Contains($"Public Person {tag}", entryPage, StringComparison.Ordinal);
        Assert.Contains("Test organisation", entryPage, StringComparison.Ordinal);
        var publicPages = new List<string>
        {
            entryPage,
            await visitor.GetStringAsync($"/fr/{slug}"),   // shown in English to a French visitor
            await visitor.GetStringAsync($"/ar/{slug}"),
        };
        foreach (var term in new[] { "/en/action-lines/C7-e-business", "/en/action-lines/C7", "/fr/sdgs/4", "/en/countries/CH", "/zh/regions/155" })
        {
            var html = await visitor.GetStringAsync(term);
            Assert.Contains(title, html, StringComparison.Ordinal);
            publicPages.Add(html);
        }

        foreach (var html in publicPages)
        {
            Assert.DoesNotContain($"secret-{tag}", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(digits, html, StringComparison.Ordinal);
        }

        var admin = await CreateAdminClientAsync();
        var editor = await Html.GetAsync(admin, EditUrl(id));
        Assert.Equal(email, editor.QuerySelector("input[name='EntryPart.PrivateContactEmail']")?.GetAttribute("value"));
        Assert.Equal(phone, editor.QuerySelector("input[name='EntryPart.PrivateContactPhone']")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("EntryPart.Website", "javascript:alert(1)", "EntryPart.Website", "Give a web address starting with http:// or https://.")]
    [InlineData("EntryPart.Website", "ftp://x", "EntryPart.Website", "Give a web address starting with http:// or https://.")]
    [InlineData("EntryPart.OrganisationName", "", "EntryPart.OrganisationName", "The organisation's name is required.")]
    [InlineData("EntryPart.EndDate", "2020-01-01", "EntryPart.EndDate", "The end date cannot be before the start date.")]
    [InlineData("EntryPart.PrivateContactEmail", "someone@@example.org", "EntryPart.PrivateContactEmail", "This e-mail address is not valid.")]
    [InlineData("EntryPart.ShortDescription", "201 words", "EntryPart.ShortDescription", "The short description can have at most 200 words (201 now).")]
    [InlineData("TermsPart.Fields[countries]", "", "TermsPart.countries", "Countries: choose at least one.")]
    [InlineData("TermsPart.Fields[stakeholderType]", "", "TermsPart.stakeholderType", "Stakeholder type: choose at least one.")]
    public async Task Should_show_the_error_on_the_field_keep_what_was_typed_and_save_nothing_when_the_form_is_invalid(
        string field, string value, string key, string message)
    {
        var client = await CreateAdminClientAsync();
        var before = await CountEntriesAsync();
        var title = $"Invalid form {TestEntries.Tag()}";
        var typed = value == "201 words" ? string.Join(' ', Enumerable.Range(1, 201).Select(i => $"w{i}")) : value;

        using var response = await Html.SubmitAsync(client, CreateUrl, "form.editor", fields =>
        {
            Fill(fields, title, TestEntries.UniqueSlug("invalid"), "en", "A valid short description.");
            fields.Set(field, value.Length == 0 ? [] : [typed]).Set("submit", "publish");
        });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await Html.DescribeAsync(response));
        var page = await Html.ParseAsync(response);
        Assert.Equal(message, FieldError(page, key));
        Assert.Equal(title, page.QuerySelector("input[name='TitlePart.Title']")?.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[name='TermsPart.Fields[actionLines]'][value='C7-e-health']")!).IsChecked);
        Assert.Equal(before, await CountEntriesAsync());
    }

    private static readonly (string Field, string Value)[] Classification =
    [
        (EntryFields.ActionLines, "C7-e-health"),
        (EntryFields.SdgGoals, "3"),
        (EntryFields.SdgTargets, "3.8"),
        (EntryFields.StakeholderType, "civil-society"),
        (EntryFields.Countries, "SN"),
        (EntryFields.Coverage, "national"),
        (EntryFields.Status, "ongoing"),
        (EntryFields.Edition, "2025"),
    ];

    /// <summary>Fills the editor as a stakeholder would: every field of the entry, classification included.</summary>
    private static List<KeyValuePair<string, string>> Fill(List<KeyValuePair<string, string>> fields, string title, string slug, string culture, string summary)
    {
        fields.Set("TitlePart.Title", title)
            .Set("AutoroutePart.Slug", slug)
            .Set("culture", culture)
            .Set("EntryPart.ShortDescription", summary)
            .Set("EntryPart.FullDescription", "## Contexte\n\nDes **consultations** à distance.")
            .Set("EntryPart.OrganisationName", "Association Santé Connectée")
            .Set("EntryPart.StartDate", "2024-01-15")
            .Set("EntryPart.EndDate", "2026-06-30")
            .Set("EntryPart.TargetGroups", "Patients ruraux")
            .Set("EntryPart.Partners", "Ministère de la Santé\nUniversité Cheikh Anta Diop\n")
            .Set("EntryPart.Website", "https://example.org/telemedecine")
            .Set("EntryPart.PublicContactName", "Awa Diop")
            .Set("EntryPart.PublicContactOrganisation", "Santé Connectée")
            .Set("EntryPart.PrivateContactEmail", "awa.diop@example.org")
            .Set("EntryPart.PrivateContactPhone", "+221 33 000 00 00");
        foreach (var (field, value) in Classification)
        {
            fields.Set($"TermsPart.Fields[{field}]", value);
        }

        return fields;
    }

    private static bool Offers(AngleSharp.Dom.IElement form, string name, string value) =>
        form.QuerySelectorAll($"input[name='{name}'], select[name='{name}'] option")
            .Any(e => e.GetAttribute("value") == value && !e.HasAttribute("disabled"));

    private static string EditUrl(string id) => $"/admin/content/{id}/edit";

    private static string EditedId(HttpResponseMessage response, string description)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, description);
        var match = EditAddress().Match(response.Headers.Location?.OriginalString ?? "");
        Assert.True(match.Success, $"Not an editor address: {response.Headers.Location}");
        return match.Groups["id"].Value;
    }

    private static string? Link(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("ul.entries a").FirstOrDefault(a => a.TextContent.Trim() == title)?.GetAttribute("href");

    /// <summary>The error shown for a field: next to an entry field, or under a taxonomy field.</summary>
    private static string? FieldError(IHtmlDocument page, string key) =>
        key.StartsWith("TermsPart.", StringComparison.Ordinal)
            ? page.QuerySelector($"#{key.Replace('.', '_')}-error")?.TextContent.Trim()
            : page.QuerySelector($"[data-valmsg-for='{key}']")?.TextContent.Trim();

    private Task<int> CountEntriesAsync() =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().ContentItems.CountAsync(i => i.ContentType == EntryFields.ContentType));

    [GeneratedRegex("^/admin/content/(?<id>[0-9a-z]{26})/edit$")]
    private static partial Regex EditAddress();
}

public sealed class EntryEditorSqliteTests(SharedSite site) : EntryEditorTests(DatabaseProvider.Sqlite, site);

public sealed class EntryEditorPostgresTests(SharedSite site) : EntryEditorTests(DatabaseProvider.Postgres, site);
