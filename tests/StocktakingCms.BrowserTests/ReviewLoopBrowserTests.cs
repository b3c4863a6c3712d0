using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StocktakingCms.Core.Security;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// The whole review loop in the browser: a new stakeholder submits, a reviewer asks for changes,
/// the stakeholder fixes the entry and submits again, the reviewer approves, and the entry is on
/// the public site.
/// </summary>
public sealed class ReviewLoopBrowserTests(MailBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<MailBrowserFixture>
{
    private const string ReviewerPassword = "Careful-Harbour-Lamp-5";
    private const string Fix = "Now with the number of people trained: 3,200 since 2021.";
    private const string Reply = "Added to the short description: 3,200 people since 2021.";
    private const string Thanks = "Thank you, that answers it.";

    [Fact]
    public async Task Should_publish_the_entry_after_changes_were_requested_fixed_and_approved()
    {
        var sample = StakeholderSample.English;
        var contributor = await fixture.NewPageAsync();
        var reviewer = await fixture.NewPageAsync();
        var visitor = await fixture.NewPageAsync();
        var journey = new StakeholderJourney(contributor, fixture, sample, _ => Task.CompletedTask);
        try
        {
            // One run for the three people: a failure screenshots the contributor's page, where the story is.
            await BrowserFixture.RunAsync(contributor, "review-loop", output, async () =>
            {
                await journey.RunAsync();
                await RequestChangesAsync(reviewer, sample);
                await ReplyAsync(contributor, sample);
                await FixAndResubmitAsync(contributor, sample);
                await ApproveAsync(reviewer, sample);
                await SeePublishedAsync(contributor, visitor, sample);
            });
        }
        finally
        {
            await reviewer.Context.CloseAsync();
            await visitor.Context.CloseAsync();
        }
    }

    private async Task RequestChangesAsync(IPage reviewer, StakeholderSample sample)
    {
        await SignInAsReviewerAsync(reviewer);
        await OpenFromQueueAsync(reviewer, sample.EntryTitle);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Take for review", Exact = true }).ClickAsync();
        await reviewer.GetByLabel(new Regex("^Comment")).FillAsync("Please say how many people were trained.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Request changes", Exact = true }).ClickAsync();
        await Expect(reviewer.Locator("dl.details")).ToContainTextAsync("Changes requested");
    }

    /// <summary>
    /// The contributor reads the change request in the entry's conversation and replies, without
    /// JavaScript needed (a plain form); the page passes axe-core with no violation at all.
    /// </summary>
    private async Task ReplyAsync(IPage contributor, StakeholderSample sample)
    {
        await contributor.GotoAsync("/en/my-entries");
        var row = contributor.GetByRole(AriaRole.Row).Filter(new() { HasText = sample.EntryTitle });
        await row.GetByRole(AriaRole.Link, new() { Name = "Follow the review", Exact = true }).ClickAsync();
        var conversation = contributor.Locator("#conversation");
        await Expect(conversation).ToContainTextAsync("Please say how many people were trained.");
        await contributor.GetByLabel("Your reply to the reviewers", new() { Exact = true }).FillAsync(Reply);
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Send the reply", Exact = true }).ClickAsync();
        await Expect(contributor.Locator(".message.success")).ToContainTextAsync("Your reply was sent to the reviewers.");
        await Expect(conversation.Locator(".thread-message")).ToHaveCountAsync(2);
        await Expect(conversation.Locator(".thread-message").Last).ToContainTextAsync(Reply);
        var audit = await contributor.RunAxe();
        await AxeAudit.RunAsync(contributor, "my entry page", output);
        Assert.True(audit.Violations.Length == 0, string.Join(", ", audit.Violations.Select(v => $"{v.Id} ({v.Impact})")));
        await BrowserFixture.ScreenshotAsync(contributor, "review-loop-conversation.png", output);

        // The same page in Arabic: mirrored, the English user text isolated by dir="auto", still no violation.
        await contributor.GotoAsync(Regex.Replace(contributor.Url, "/en/my-entries/", "/ar/my-entries/"));
        await Expect(contributor.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(conversation.Locator(".thread-message .text[dir=auto]")).ToHaveCountAsync(2);
        var arabic = await contributor.RunAxe();
        Assert.True(arabic.Violations.Length == 0, string.Join(", ", arabic.Violations.Select(v => $"{v.Id} ({v.Impact})")));
        await BrowserFixture.ScreenshotAsync(contributor, "review-loop-conversation-ar.png", output);
    }

    private static async Task FixAndResubmitAsync(IPage contributor, StakeholderSample sample)
    {
        await contributor.GotoAsync("/en/my-entries");
        var row = contributor.GetByRole(AriaRole.Row).Filter(new() { HasText = sample.EntryTitle });
        await Expect(row).ToContainTextAsync("Changes requested");
        await Expect(row).ToContainTextAsync("Please say how many people were trained.");
        await row.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await contributor.GotoAsync(Regex.Replace(contributor.Url, "/[a-z]+$", "/project"));
        var description = contributor.GetByLabel(new Regex("^Short description"));
        await description.FillAsync($"{sample.ShortDescription} {Fix}");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Save and continue", Exact = true }).ClickAsync();
        await contributor.GotoAsync(Regex.Replace(contributor.Url, "/[a-z]+$", "/review"));
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Submit for review", Exact = true }).ClickAsync();
        await Expect(contributor).ToHaveURLAsync(new Regex("/en/my-entries$"));
        await Expect(contributor.GetByRole(AriaRole.Row).Filter(new() { HasText = sample.EntryTitle })).ToContainTextAsync("Submitted, waiting for review");
    }

    private async Task ApproveAsync(IPage reviewer, StakeholderSample sample)
    {
        await OpenFromQueueAsync(reviewer, sample.EntryTitle);
        await Expect(reviewer.Locator("#conversation")).ToContainTextAsync(Reply);
        await reviewer.GetByLabel("Message to the submitter", new() { Exact = true }).FillAsync(Thanks);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Send the comment", Exact = true }).ClickAsync();
        await Expect(reviewer.Locator("#conversation .thread-message").Last).ToContainTextAsync(Thanks);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Take for review", Exact = true }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve and publish", Exact = true }).ClickAsync();
        await Expect(reviewer.Locator("dl.details")).ToContainTextAsync("Approved");
        await Expect(reviewer.Locator("table.list")).ToContainTextAsync("Please say how many people were trained.");
        await BrowserFixture.ScreenshotAsync(reviewer, "review-loop-history.png", output);
    }

    private async Task SeePublishedAsync(IPage contributor, IPage visitor, StakeholderSample sample)
    {
        await contributor.GotoAsync("/en/my-entries");
        var row = contributor.GetByRole(AriaRole.Row).Filter(new() { HasText = sample.EntryTitle });
        await Expect(row).ToContainTextAsync("Published");
        await row.GetByRole(AriaRole.Link, new() { Name = "Follow the review", Exact = true }).ClickAsync();
        await Expect(contributor.Locator("#conversation .thread-message").Last).ToContainTextAsync(Thanks);
        await contributor.GoBackAsync();
        var href = await row.GetByRole(AriaRole.Link, new() { Name = "View online", Exact = true }).GetAttributeAsync("href");
        await visitor.GotoAsync(href!);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(sample.EntryTitle);
        await Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync(Fix);
        await BrowserFixture.ScreenshotAsync(visitor, "review-loop-public-entry.png", output);
    }

    private async Task SignInAsReviewerAsync(IPage page)
    {
        var userName = $"reviewer-{Guid.NewGuid():N}"[..20];
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, Email = $"{userName}@example.org", EmailConfirmed = true, DisplayName = "Rita Reviewer" };
            Assert.True((await users.CreateAsync(user, ReviewerPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, CmsRoles.Reviewer)).Succeeded);
        }

        await page.GotoAsync("/en/account/login");
        await page.GetByLabel("User name or e-mail", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(ReviewerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
    }

    private static async Task OpenFromQueueAsync(IPage page, string title)
    {
        await page.GotoAsync("/admin/review");
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
    }
}
