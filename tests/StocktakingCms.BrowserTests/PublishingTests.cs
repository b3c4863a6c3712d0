using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StocktakingCms.BrowserTests;

/// <summary>An editor publishes and edits pages in the admin; visitors read them in every language.</summary>
public sealed class PublishingTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_serve_on_a_real_port_when_the_site_is_started_with_Kestrel()
    {
        var address = fixture.Site.ServerAddress;
        var listening = fixture.Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;

        Assert.NotNull(listening);
        Assert.Contains(address.ToString().TrimEnd('/'), listening);
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(80, address.Port);

        // A plain HttpClient, not the factory's in-memory one: the request goes through a socket.
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.GetAsync(new Uri("/en/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_show_the_page_in_French_and_Arabic_with_a_fallback_notice_when_the_admin_publishes_it_in_English()
    {
        const string title = "WSIS Forum browser test";
        const string slug = "wsis-forum-browser-test";
        const string markdown = "The **WSIS Forum** gathers stakeholders every year.\n\n- Languages: 中文 · عربي · Русский\n- Action line C7: e-government";
        var page = await fixture.NewPageAsync();
        await BrowserFixture.RunAsync(page, nameof(Should_show_the_page_in_French_and_Arabic_with_a_fallback_notice_when_the_admin_publishes_it_in_English), output, async () =>
        {
            await AdminPages.SignInAsAdminAsync(page);
            await AdminPages.OpenNewPageEditorAsync(page);
            await AdminPages.FillPageAsync(page, title, slug, markdown);
            await AdminPages.SubmitAsync(page, "Save draft", "Draft saved.");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Draft: not on the public site.")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "admin-editor.png", output);

            await AdminPages.SubmitAsync(page, "Publish", "Published.");
            await Expect(page.Locator(".status .badge.published")).ToHaveTextAsync("Published");

            await ExpectFallbackPageAsync(page, slug, title, culture: "fr", direction: "ltr", wanted: "français", shown: "anglais");
            await BrowserFixture.ScreenshotAsync(page, "page-fr.png", output);

            await ExpectFallbackPageAsync(page, slug, title, culture: "ar", direction: "rtl", wanted: "العربية", shown: "الإنكليزية");
            await BrowserFixture.ScreenshotAsync(page, "page-ar.png", output);

            await ExpectFallbackPageAsync(page, slug, title, culture: "zh", direction: "ltr", wanted: "中文", shown: "英文");
            await BrowserFixture.ScreenshotAsync(page, "page-zh.png", output);
        });
    }

    [Fact]
    public async Task Should_keep_the_published_text_until_the_new_draft_is_published_when_an_editor_edits_and_restores_a_page()
    {
        const string title = "Call for entries browser test";
        const string slug = "call-for-entries-browser-test";
        const string firstText = "The call for entries is open until 31 January.";
        const string secondText = "The call for entries is extended until 28 February.";
        var admin = await fixture.NewPageAsync();
        var visitor = await fixture.NewPageAsync();
        try
        {
            await BrowserFixture.RunAsync(admin, nameof(Should_keep_the_published_text_until_the_new_draft_is_published_when_an_editor_edits_and_restores_a_page), output, async () =>
            {
                await AdminPages.SignInAsAdminAsync(admin);
                await AdminPages.OpenNewPageEditorAsync(admin);
                await AdminPages.FillPageAsync(admin, title, slug, firstText);
                await AdminPages.SubmitAsync(admin, "Publish", "Published.");
                await ExpectPublicTextAsync(visitor, slug, shown: firstText, notShown: secondText);

                // A new draft: the visitor still reads version 1.
                await AdminPages.FillPageAsync(admin, markdown: secondText);
                await AdminPages.SubmitAsync(admin, "Save draft", "Draft saved.");
                await Expect(admin.GetByText("Draft with unpublished changes; the published version stays online.")).ToBeVisibleAsync();
                await ExpectPublicTextAsync(visitor, slug, shown: firstText, notShown: secondText);

                // Published: the visitor reads version 2.
                await AdminPages.SubmitAsync(admin, "Publish", "Published.");
                await ExpectPublicTextAsync(visitor, slug, shown: secondText, notShown: firstText);

                // The history lists both versions; version 2 is the published and latest one.
                await admin.GetByRole(AriaRole.Link, new() { Name = "Version history" }).ClickAsync();
                await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
                var rows = admin.Locator("table.list tbody tr");
                await Expect(rows).ToHaveCountAsync(2);
                await Expect(VersionRow(admin, 1)).ToBeVisibleAsync();
                await Expect(VersionRow(admin, 2)).ToContainTextAsync("Published");
                await Expect(VersionRow(admin, 2)).ToContainTextAsync("Latest");
                await Expect(VersionRow(admin, 2).GetByRole(AriaRole.Button, new() { Name = "Restore" })).ToHaveCountAsync(0);
                await BrowserFixture.ScreenshotAsync(admin, "admin-versions.png", output);

                // Restoring version 1 makes it the draft; the public page changes only once it is published.
                await VersionRow(admin, 1).GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
                await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The older version is now the draft. Publish it to put it online.");
                await Expect(admin.GetByLabel("Text", new() { Exact = true })).ToHaveValueAsync(firstText);
                await ExpectPublicTextAsync(visitor, slug, shown: secondText, notShown: firstText);

                await AdminPages.SubmitAsync(admin, "Publish", "Published.");
                await ExpectPublicTextAsync(visitor, slug, shown: firstText, notShown: secondText);
                await BrowserFixture.ScreenshotAsync(visitor, "page-restored-en.png", output);
            });
        }
        finally
        {
            await visitor.Context.CloseAsync();
        }
    }

    /// <summary>The public page in a culture it was not written in: the English page, said so.</summary>
    private static async Task ExpectFallbackPageAsync(IPage page, string slug, string title, string culture, string direction, string wanted, string shown)
    {
        var response = await page.GotoAsync($"/{culture}/{slug}");
        Assert.Equal((int)HttpStatusCode.OK, response?.Status);
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", culture);
        await Expect(html).ToHaveAttributeAsync("dir", direction);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();

        // "This page is not available in {wanted}; it is shown in {English}.", translated, with
        // both languages named in the page's language («affichée en anglais»), not natively.
        var notice = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status);
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync(wanted);
        await Expect(notice).ToContainTextAsync(shown);
        await Expect(notice).Not.ToContainTextAsync("English");

        // The article keeps the language and direction of its text, whatever the page's.
        var article = page.Locator("main article");
        await Expect(article).ToHaveAttributeAsync("lang", "en");
        await Expect(article).ToHaveAttributeAsync("dir", "ltr");
    }

    private static async Task ExpectPublicTextAsync(IPage visitor, string slug, string shown, string notShown)
    {
        var response = await visitor.GotoAsync($"/en/{slug}");
        Assert.Equal((int)HttpStatusCode.OK, response?.Status);
        var body = visitor.Locator("main article .body");
        await Expect(body).ToContainTextAsync(shown);
        await Expect(body).Not.ToContainTextAsync(notShown);
    }

    private static ILocator VersionRow(IPage page, int number) =>
        page.Locator("table.list tbody tr").Filter(new()
        {
            Has = page.GetByRole(AriaRole.Cell, new() { Name = number.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }),
        });
}
