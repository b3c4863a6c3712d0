using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StocktakingCms.Demo.Seeding;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// The public search page with JavaScript off, used from the keyboard alone: words, a facet
/// checkbox ticked with Space, the filters applied with Enter on the button; then axe-core on the
/// results in a left-to-right and a right-to-left language.
/// </summary>
public sealed class SearchPageBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_search_and_filter_from_the_keyboard_without_javascript_with_no_serious_axe_violation()
    {
        await fixture.Site.Services.GetRequiredService<DemoSeeder>().SeedAsync(new DemoSeedOptions(60, Seed: 11), _ => { }, CancellationToken.None);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Site.ServerAddress.ToString().TrimEnd('/'),
            JavaScriptEnabled = false,
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.RunAsync(page, "search-keyboard", output, async () =>
        {
            var response = await page.GotoAsync("/en/search");
            Assert.Equal((int)HttpStatusCode.OK, response?.Status);

            await page.FocusAsync("#q");
            await page.Keyboard.TypeAsync("network");
            await SubmitByKeyboardAsync(page, "#q[value='network']");
            var found = await page.Locator("#results").InnerTextAsync();

            var checkbox = page.Locator(".facets fieldset input[type=checkbox]").First;
            var code = await checkbox.GetAttributeAsync("value");
            await checkbox.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await page.Locator(".facets button[type=submit]").FocusAsync();
            await SubmitByKeyboardAsync(page, $".facets input[type=checkbox][value='{code}'][checked]");

            Assert.Contains("q=network", page.Url, StringComparison.Ordinal);
            Assert.Contains($"={code}", page.Url, StringComparison.Ordinal);
            Assert.True(await page.Locator($".facets input[type=checkbox][value='{code}']").First.IsCheckedAsync());
            Assert.NotEqual(found, await page.Locator("#results").InnerTextAsync());

            // axe is a script: the audit runs in a page with JavaScript on, on the same addresses.
            var filtered = new Uri(page.Url).PathAndQuery;
            var audited = await fixture.NewPageAsync();
            foreach (var path in new[] { filtered, "/ar/search?q=%D8%B4%D8%A8%D9%83%D8%A9" })
            {
                await audited.GotoAsync(path);
                var blocking = await AxeAudit.RunAsync(audited, path, output);
                Assert.True(blocking.Count == 0, AxeAudit.Failure([(path, blocking)]));
            }
        });
        await context.DisposeAsync();
    }

    /// <summary>
    /// Presses Enter on the focused control and waits until the page it submits to is there. The
    /// proof is an element only the server's answer can have: an HTML attribute the server wrote
    /// (<c>value</c>, <c>checked</c>), which typing or ticking in the old page never sets. Waiting
    /// for Playwright's load events instead hung twice on CI (2026-11-29): without JavaScript the
    /// DOMContentLoaded of the new document sometimes reached the client before the wait started.
    /// </summary>
    private static async Task SubmitByKeyboardAsync(IPage page, string proofSelector)
    {
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(proofSelector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }
}
