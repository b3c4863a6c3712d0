using System.Net;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// axe-core on the main kinds of page, public and admin, in a left-to-right and a right-to-left
/// language. A "serious" or "critical" violation fails the test; every violation is printed.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory]
    [InlineData("/en/", false)]
    [InlineData("/ar/", false)]
    [InlineData("/fr/a-propos", false)]
    [InlineData("/en/account/login", false)]
    [InlineData("/admin", true)]
    [InlineData("/admin/content", true)]
    [InlineData("/admin/content/create/Page", true)]
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

            var result = await page.RunAxe();

            output.WriteLine($"axe-core {result.TestEngine?.Version} on {path}: {result.Violations.Length} violation(s), {result.Passes.Length} rule(s) passed, {result.Incomplete.Length} to review.");
            foreach (var group in result.Violations.GroupBy(v => v.Impact ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  {group.Key}: {group.Count()} ({string.Join(", ", group.Select(v => v.Id))})");
            }

            foreach (var violation in result.Violations)
            {
                output.WriteLine(Describe(violation));
            }

            output.WriteLine($"  passed: {string.Join(", ", result.Passes.Select(r => r.Id))}");

            var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact, StringComparer.Ordinal)).ToList();
            Assert.True(
                blocking.Count == 0,
                $"{path}: {blocking.Count} serious or critical axe violation(s), to be fixed in the product's markup or CSS (themes/, modules/*/Views):{Environment.NewLine}"
                + string.Join(Environment.NewLine, blocking.Select(Describe)));
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

    private static string Describe(AxeResultItem violation)
    {
        var nodes = violation.Nodes.Select(n =>
            $"      {n.Target} {n.Html}{Environment.NewLine}        {FailureSummary(n)}");
        return $"    [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl}){Environment.NewLine}{string.Join(Environment.NewLine, nodes)}";
    }

    /// <summary>What axe says to fix on one element: any one of the "any" checks, every "all" and "none" check.</summary>
    private static string FailureSummary(AxeResultNode node)
    {
        var parts = new List<string>();
        if (node.Any is { Length: > 0 } any)
        {
            parts.Add("fix any of: " + string.Join(" | ", any.Select(c => c.Message)));
        }

        var all = (node.All ?? []).Concat(node.None ?? []).ToList();
        if (all.Count > 0)
        {
            parts.Add("fix all of: " + string.Join(" | ", all.Select(c => c.Message)));
        }

        return string.Join("; ", parts).ReplaceLineEndings(" ");
    }
}
