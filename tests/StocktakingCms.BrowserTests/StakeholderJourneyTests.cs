using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// A stakeholder in Arabic (right to left) and in Chinese goes from registration to a submitted
/// entry, with the confirmation mail on a real SMTP server, a mistake on the way and an uploaded
/// image; a screenshot of every page, named after the culture.
/// </summary>
public sealed class StakeholderJourneyTests(MailBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<MailBrowserFixture>
{
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    public async Task Should_list_the_entry_as_submitted_when_a_new_stakeholder_registers_and_fills_every_step_in_their_language(string culture)
    {
        var page = await fixture.NewPageAsync();
        var screenshots = 0;
        var journey = new StakeholderJourney(page, fixture, StakeholderSample.For(culture), async name =>
            await BrowserFixture.ScreenshotAsync(page, $"journey-{culture}-{++screenshots:00}-{name}.png", output));

        await BrowserFixture.RunAsync(page, $"journey-{culture}", output, journey.RunAsync);
    }
}
