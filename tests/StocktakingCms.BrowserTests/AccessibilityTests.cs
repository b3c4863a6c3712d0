using System.Net;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// axe-core on the main kinds of page, public and admin, in a left-to-right and a right-to-left
/// language. A "serious" or "critical" violation fails the test; every violation is printed.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/en/", false)]
    [InlineData("/ar/", false)]
    [InlineData("/fr/a-propos", false)]
    [InlineData("/en/account/login", false)]
    [InlineData("/admin", true)]
    [InlineData("/admin/content", true)]
    [InlineData("/admin/content/create/Page", true)]
    [InlineData("/zh/", false)]
    [InlineData("/fr/lettres/inventaire-smsi-2023", false)]
    [InlineData("/ar/letters/wsis-stocktaking-2023", false)]
    [InlineData("/ru/calls/wsis-stocktaking-2023", false)]
    [InlineData("/es/calls", false)]
    [InlineData("/admin/content/create/Letter", true)]
    public async Task Should_have_no_serious_or_critical_axe_violations_when_a_page_is_audited(string path, bool signedIn)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.RunAsync(page, "axe" + path.Replace('/', '-'), output, async () =>
        {
            if (signedIn)
            {
                await AdminPages.SignInAsAdminAsync(page);
            }

            var response = await page.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.OK, response?.Status);

            var blocking = await AxeAudit.RunAsync(page, path, output);
            Assert.True(blocking.Count == 0, AxeAudit.Failure([(path, blocking)]));
        });
    }

    /// <summary>
    /// The audit itself: axe runs under the site's content security policy and in this chromium,
    /// and finds what it should. Without this, a silently empty audit would pass every page.
    /// </summary>
    [Fact]
    public async Task Should_report_serious_violations_when_a_page_has_an_unlabelled_field_and_faint_text()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.RunAsync(page, "axe-canary", output, async () =>
        {
            await page.GotoAsync("/en/");
            await page.EvaluateAsync("""
                () => {
                    const main = document.querySelector('main');
                    const input = document.createElement('input');
                    input.type = 'text';
                    main.append(input);
                    const faint = document.createElement('p');
                    faint.textContent = 'Faint text';
                    faint.style.color = '#c8c8c8';
                    main.append(faint);
                }
                """);

            var result = await page.RunAxe();

            Assert.Contains(result.Violations, v => v.Id == "label" && v.Impact == "critical");
            Assert.Contains(result.Violations, v => v.Id == "color-contrast" && v.Impact == "serious");
        });
    }
}
