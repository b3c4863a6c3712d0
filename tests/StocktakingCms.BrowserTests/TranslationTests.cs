using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// An editor translates a page from its editor's Translations block; a visitor then switches
/// language with the language bar and lands on the translation, or on the original with a notice.
/// axe audits the Translations block and the coverage table.
/// </summary>
public sealed class TranslationTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_reach_the_french_translation_from_the_language_bar_once_the_editor_translates_and_publishes_it()
    {
        const string slug = "translation-journey";
        const string frenchSlug = "parcours-de-traduction";
        var page = await fixture.NewPageAsync();
        await BrowserFixture.RunAsync(page, nameof(TranslationTests), output, async () =>
        {
            await AdminPages.SignInAsAdminAsync(page);
            await AdminPages.OpenNewPageEditorAsync(page);
            await AdminPages.FillPageAsync(page, "Translation journey", slug, "An English page.");
            await AdminPages.SubmitAsync(page, "Publish", "Published.");

            // The Translations block: the item's own language, and a form for the five missing ones.
            var block = page.GetByRole(AriaRole.Region, new() { Name = "Translations" });
            await Expect(block.GetByLabel("Translate into", new() { Exact = true }).Locator("option")).ToHaveCountAsync(5);
            await AuditAsync(page, "editor-translations");
            await block.GetByLabel("Translate into", new() { Exact = true }).SelectOptionAsync("fr");
            await block.GetByRole(AriaRole.Button, new() { Name = "Translate", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "A draft translation was created from the English version" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Translation journey");

            await AdminPages.FillPageAsync(page, "Parcours de traduction", frenchSlug, "Une page en français.");
            await AdminPages.SubmitAsync(page, "Publish", "Published.");
            await BrowserFixture.ScreenshotAsync(page, "admin-translation-fr.png", output);

            await page.GotoAsync("/admin/translations");
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Translation coverage" })).ToBeVisibleAsync();
            await AuditAsync(page, "admin-translations");
            await BrowserFixture.ScreenshotAsync(page, "admin-translations.png", output);

            // A visitor: English page, then Français in the language bar, then Русский.
            await page.GotoAsync($"/en/{slug}");
            var languages = page.GetByRole(AriaRole.Navigation, new() { Name = "Languages" });
            await languages.GetByRole(AriaRole.Link, new() { Name = "Français", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/fr/{frenchSlug}$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Parcours de traduction", Level = 1 })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Langues" }).GetByRole(AriaRole.Link, new() { Name = "Русский", Exact = true }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
            await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("французский");
            await Expect(page.Locator("main article")).ToHaveAttributeAsync("lang", "fr");
            await AuditAsync(page, "fallback-ru");
            await BrowserFixture.ScreenshotAsync(page, "translation-fallback-ru.png", output);
        });
    }

    private async Task AuditAsync(IPage page, string name)
    {
        var blocking = await AxeAudit.RunAsync(page, name, output);
        Assert.True(blocking.Count == 0, AxeAudit.Failure([(name, blocking)]));
    }
}
