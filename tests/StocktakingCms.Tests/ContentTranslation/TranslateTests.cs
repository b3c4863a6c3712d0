using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.ContentTranslation.TestPages;

namespace StocktakingCms.Tests.ContentTranslation;

/// <summary>
/// The Localization module's admin as an editor's browser uses it: the translate action of the
/// content editor, the item's translations listed in its editor, and the coverage table.
/// </summary>
public abstract partial class TranslateTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_create_a_prefilled_draft_in_the_chosen_language_and_refuse_a_second_one()
    {
        var slug = UniqueSlug("translate");
        var english = await CreateAsync(Site, "Stocktaking guide", "en", slug);
        // Another Russian page already has the address: the translation gets one of its own.
        await CreateAsync(Site, "Другая страница", "ru", slug);
        var client = await CreateAdminClientAsync();

        // The editor offers the five missing languages, not the item's own.
        var editor = await Html.GetAsync(client, EditUrl(english.ContentItemId));
        var offered = editor.QuerySelectorAll(".translations form.translate select[name=culture] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["ar", "zh", "fr", "ru", "es"], offered);

        string russianId;
        using (var created = await client.PostFormAsync(EditUrl(english.ContentItemId), $"/admin/content/{english.ContentItemId}/translate", [new("culture", "ru")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            russianId = EditAddress().Match(created.Headers.Location!.OriginalString).Groups["id"].Value;
        }

        Assert.NotEqual(english.ContentItemId, russianId);
        var russian = (await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(russianId, VersionOptions.Latest)))!;
        Assert.Equal(("ru", english.LocalizationSet, false), (russian.Culture, russian.LocalizationSet, russian.Published));
        Assert.Equal("Stocktaking guide", russian.Get<TitlePart>()!.Title);
        Assert.Equal(english.Get<MarkdownBodyPart>()!.Markdown, russian.Get<MarkdownBodyPart>()!.Markdown);
        Assert.Equal($"{slug}-ru", russian.Get<AutoroutePart>()!.Slug);

        // The new draft's editor opens with the message; both editors link to each other.
        var draftEditor = await Html.GetAsync(client, EditUrl(russianId));
        Assert.Contains("A draft translation was created from the English version", draftEditor.QuerySelector(".message")?.TextContent);
        Assert.Contains(EditUrl(english.ContentItemId), draftEditor.QuerySelectorAll(".translations a").Select(a => a.GetAttribute("href")));
        var sourceEditor = await Html.GetAsync(client, EditUrl(english.ContentItemId));
        Assert.Contains(EditUrl(russianId), sourceEditor.QuerySelectorAll(".translations a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("ru", sourceEditor.QuerySelectorAll(".translations select[name=culture] option").Select(o => o.GetAttribute("value")));
        Assert.Contains("Русский", sourceEditor.QuerySelector(".translations")!.TextContent);

        // Asking again for Russian is refused with a link to the translation; nothing is created.
        using (var again = await client.PostFormAsync(EditUrl(english.ContentItemId), $"/admin/content/{english.ContentItemId}/translate", [new("culture", "ru")]))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            var page = await Html.ParseAsync(again);
            Assert.Contains("already has a translation into Russian", page.QuerySelector(".message.error")?.TextContent);
            Assert.Contains(EditUrl(russianId), page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        }

        Assert.Equal(2, await Site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().ContentItems
            .CountAsync(i => i.LocalizationSet == english.LocalizationSet && i.Latest && !i.Deleted)));

        // The translate page offers what is still missing.
        var choose = await Html.GetAsync(client, $"/admin/content/{english.ContentItemId}/translate");
        Assert.Equal(["ar", "zh", "fr", "es"], choose.QuerySelectorAll("form select[name=culture] option").Select(o => o.GetAttribute("value")));

        // The translation's editor cannot switch it to a language the item already has.
        using (var clash = await Html.SubmitAsync(client, EditUrl(russianId), "form.editor", fields => fields.Set("culture", "en").Set("submit", "draft")))
        {
            Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
            Assert.Contains("This item already has a version in English", (await Html.ParseAsync(clash)).QuerySelector(".validation-summary")?.TextContent);
        }

        Assert.Equal("ru", (await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(russianId, VersionOptions.Latest)))!.Culture);

        // A language the site does not have is a clear message on the form, not an error page.
        using (var unknown = await client.PostFormAsync(EditUrl(english.ContentItemId), $"/admin/content/{english.ContentItemId}/translate", [new("culture", "de")]))
        {
            Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
            Assert.Contains("Choose one of the site's languages.", (await Html.ParseAsync(unknown)).QuerySelector(".validation-summary")?.TextContent);
        }
    }

    [Fact]
    public async Task Should_let_only_those_who_edit_content_translate()
    {
        var english = await CreateAsync(Site, "Contributors cannot translate", "en", UniqueSlug("denied"));
        var contributor = await CreateClientInRoleAsync(CmsRoles.Contributor);
        using var denied = await contributor.PostFormAsync("/en/", $"/admin/content/{english.ContentItemId}/translate", [new("culture", "fr")]);
        Assert.Equal("/error/403", denied.Headers.Location?.AbsolutePath);
        using var table = await contributor.GetAsync("/admin/translations");
        Assert.Equal("/error/403", table.Headers.Location?.AbsolutePath);
        Assert.Equal(1, await Site.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().ContentItems
            .CountAsync(i => i.LocalizationSet == english.LocalizationSet && !i.Deleted)));

        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        using var allowed = await reviewer.PostFormAsync(EditUrl(english.ContentItemId), $"/admin/content/{english.ContentItemId}/translate", [new("culture", "fr")]);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task Should_count_items_per_language_and_list_those_missing_one()
    {
        // A type of its own, so that other tests' pages do not change the counts.
        var type = $"Leaflet{Guid.NewGuid():N}"[..20];
        await Site.WithScopeAsync(async sp =>
        {
            var page = (await sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync("Page"))!;
            await sp.GetRequiredService<IContentDefinitionStore>().SaveTypeAsync(new ContentTypeDefinition
            {
                Name = type,
                DisplayName = "Leaflet",
                Settings = new ContentTypeSettings { Translatable = true },
                Parts = page.Parts,
            });
        });
        var a = await CreateAsync(Site, "Leaflet A", "en", UniqueSlug("leaflet-a"), type: type);
        await CreateAsync(Site, "Dépliant A", "fr", UniqueSlug("depliant-a"), publish: false, translationOf: a, type: type);
        var b = await CreateAsync(Site, "Leaflet B", "en", UniqueSlug("leaflet-b"), type: type);
        var c = await CreateAsync(Site, "Dépliant C", "fr", UniqueSlug("depliant-c"), type: type);

        var client = await CreateAdminClientAsync();
        var table = await Html.GetAsync(client, "/admin/translations");
        var row = table.QuerySelector($"table.coverage tr[data-type='{type}']")!;
        Assert.Equal("3", row.QuerySelectorAll("td")[0].TextContent.Trim());
        string Cell(string culture) => Regex.Replace(row.QuerySelector($"td[data-culture='{culture}']")!.TextContent, @"\s+", " ").Trim();
        Assert.Equal("Written: 2 Missing: 1", Cell("en"));
        Assert.Equal("Written: 2 Missing: 1", Cell("fr"));
        Assert.Equal("Written: 0 Missing: 3", Cell("ru"));

        var missingFrench = row.QuerySelector("td[data-culture='fr'] a.missing")!.GetAttribute("href")!;
        var list = await Html.GetAsync(client, missingFrench);
        Assert.Equal([EditUrl(b.ContentItemId)], list.QuerySelectorAll("table.missing-items tbody td:first-child a").Select(x => x.GetAttribute("href")));
        var missingEnglish = await Html.GetAsync(client, $"/admin/translations?type={type}&missing=en");
        Assert.Equal([EditUrl(c.ContentItemId)], missingEnglish.QuerySelectorAll("table.missing-items tbody td:first-child a").Select(x => x.GetAttribute("href")));
        // The list's button translates the item into the language it lacks.
        Assert.Equal("en", missingEnglish.QuerySelector("table.missing-items form input[name=culture]")?.GetAttribute("value"));
        // A bad filter is ignored, not an error.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/translations?missing=xx&type=Nope&page=-3")).StatusCode);
    }

    [GeneratedRegex("^/admin/content/(?<id>[^/]+)/edit$")]
    private static partial Regex EditAddress();
}

public sealed class TranslateSqliteTests(SharedSite site) : TranslateTests(DatabaseProvider.Sqlite, site);

public sealed class TranslatePostgresTests(SharedSite site) : TranslateTests(DatabaseProvider.Postgres, site);
