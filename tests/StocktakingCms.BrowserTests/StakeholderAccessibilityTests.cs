using Deque.AxeCore.Commons;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// axe-core on every page of a stakeholder's journey, from the registration form to My entries,
/// the form's steps included, one of them with its validation errors shown. All pages are audited
/// before the test fails, so that one report lists every page to fix.
/// </summary>
public sealed class StakeholderAccessibilityTests(MailBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<MailBrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Should_have_no_serious_or_critical_axe_violations_when_a_stakeholder_goes_from_registration_to_my_entries(string culture)
    {
        var page = await fixture.NewPageAsync();
        var audits = new List<(string Name, IReadOnlyList<AxeResultItem> Blocking)>();
        var journey = new StakeholderJourney(page, fixture, StakeholderSample.For(culture), async name =>
        {
            var where = $"/{culture} {name} ({new Uri(page.Url).AbsolutePath})";
            audits.Add((where, await AxeAudit.RunAsync(page, where, output)));
        });

        await BrowserFixture.RunAsync(page, $"axe-journey-{culture}", output, journey.RunAsync);

        output.WriteLine(string.Join(Environment.NewLine, audits.Select(a => $"{a.Name}: {a.Blocking.Count} blocking")));
        Assert.True(audits.All(a => a.Blocking.Count == 0), AxeAudit.Failure(audits));
    }
}
