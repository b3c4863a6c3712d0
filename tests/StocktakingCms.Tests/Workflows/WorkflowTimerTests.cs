using System.Security.Claims;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Workflows.WorkflowSteps;

namespace StocktakingCms.Tests.Workflows;

/// <summary>
/// The entry-review workflow's reminders: timers stored in the database, started on entering a
/// state, cancelled on leaving it, fired by whichever node claims them — after a restart, never twice.
/// Days pass through each node's own <see cref="SettableClock"/>.
/// </summary>
public abstract class WorkflowTimerTests(DatabaseProvider provider, TestSmtpServer smtp) : IClassFixture<TestSmtpServer>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_remind_the_reviewer_after_a_restart_once_the_days_have_passed_and_never_twice()
    {
        await smtp.StartAsync();
        await using var database = await SharedDatabase.CreateAsync(provider);
        string id;
        ClaimsPrincipal reviewer;
        await using (var first = await database.StartNodeAsync(new SettableClock(), smtp.SiteSettings))
        {
            var author = await CreatePersonAsync(first, null, "en");
            reviewer = await CreatePersonAsync(first, CmsRoles.Reviewer, "fr");
            id = await SubmitEntryAsync(first, author, "Reminded after a restart");
            await TakeAsync(first, id, "take", reviewer);

            var timer = Assert.Single(await TimersAsync(first, id));
            Assert.Equal(("in-review", "remind-reviewer"), (timer.State, timer.Name));
            Assert.InRange(timer.DueUtc - timer.CreatedUtc, TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1), TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
            await Task.Delay(1000); // five polls: not due yet
            Assert.Null((await TimersAsync(first, id)).Single().FiredUtc);
        }

        var address = reviewer.FindFirstValue(ClaimTypes.Email)!;
        await using (var restarted = await database.StartNodeAsync(new SettableClock(TimeSpan.FromDays(8)), smtp.SiteSettings))
        {
            var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == address), Timeout);
            Assert.Equal("Rappel : « Reminded after a restart » attend votre examen", mail.Subject);
            Assert.Contains($"https://stocktaking.example.org/admin/review/{id}", mail.TextBody, StringComparison.Ordinal);
            Assert.NotNull((await TimersAsync(restarted, id)).Single().FiredUtc);
        }

        await using var again = await database.StartNodeAsync(new SettableClock(TimeSpan.FromDays(9)), smtp.SiteSettings);
        await Task.Delay(1500);
        Assert.Equal(1, await QueuedMailsAsync(again, address, "review-reminder"));
        Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(t => t.Address == address));
    }

    [Fact]
    public async Task Should_cancel_the_reviewer_reminder_when_the_item_leaves_review_and_remind_the_submitter_of_the_changes_asked()
    {
        await smtp.StartAsync();
        await using var database = await SharedDatabase.CreateAsync(provider);
        var clock = new SettableClock();
        await using var site = await database.StartNodeAsync(clock, smtp.SiteSettings);
        var author = await CreatePersonAsync(site, null, "es");
        var reviewer = await CreatePersonAsync(site, CmsRoles.Reviewer, "en");
        var id = await SubmitEntryAsync(site, author, "Cambios pendientes");
        await TakeAsync(site, id, "take", reviewer);
        await TakeAsync(site, id, "request-changes", reviewer, "Indique el número de personas formadas.");

        var timers = await TimersAsync(site, id);
        Assert.Equal(["remind-reviewer", "remind-submitter"], timers.Select(t => t.Name));
        Assert.NotNull(timers[0].CancelledUtc);
        Assert.Null(timers[1].CancelledUtc);

        clock.Advance(TimeSpan.FromDays(15));
        var address = author.FindFirstValue(ClaimTypes.Email)!;
        var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == address) && (m.Subject ?? "").StartsWith("Recordatorio", StringComparison.Ordinal), Timeout);
        Assert.Contains("Indique el número de personas formadas.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Días transcurridos desde la solicitud: 15", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await QueuedMailsAsync(site, reviewer.FindFirstValue(ClaimTypes.Email)!, "review-reminder"));
    }
}

public sealed class WorkflowTimerSqliteTests(TestSmtpServer smtp) : WorkflowTimerTests(DatabaseProvider.Sqlite, smtp);

public sealed class WorkflowTimerPostgresTests(TestSmtpServer smtp) : WorkflowTimerTests(DatabaseProvider.Postgres, smtp);

/// <summary>Two nodes on one PostgreSQL database, both past the due time: each timer fires on exactly one of them.</summary>
public sealed class WorkflowTimerNodesTests
{
    [Fact]
    public async Task Should_fire_each_timer_once_when_two_nodes_look_at_the_same_time()
    {
        await using var database = await SharedDatabase.CreateAsync(DatabaseProvider.Postgres);
        var clockA = new SettableClock();
        var clockB = new SettableClock();
        await using var nodeA = await database.StartNodeAsync(clockA, new Dictionary<string, string?>());
        await using var nodeB = await database.StartNodeAsync(clockB, new Dictionary<string, string?>());
        var author = await CreatePersonAsync(nodeA, null, "ru");
        var reviewer = await CreatePersonAsync(nodeA, CmsRoles.Reviewer, "zh");
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var id = await SubmitEntryAsync(i % 2 == 0 ? nodeA : nodeB, author, $"Two nodes {i}");
            await TakeAsync(nodeB, id, "take", reviewer);
            ids.Add(id);
        }

        clockA.Advance(TimeSpan.FromDays(8));
        clockB.Advance(TimeSpan.FromDays(8));

        await WaitUntilAsync(async () => (await Task.WhenAll(ids.Select(id => TimersAsync(nodeA, id)))).All(t => t.Single().FiredUtc is not null), TimeSpan.FromSeconds(30), "every timer fired");
        await Task.Delay(1000); // a few more polls on both nodes
        Assert.Equal(20, await QueuedMailsAsync(nodeA, reviewer.FindFirstValue(ClaimTypes.Email)!, "review-reminder"));
        var firedBy = (await Task.WhenAll(ids.Select(id => TimersAsync(nodeB, id)))).Select(t => t.Single().FiredBy!.Split('/')[0]).ToHashSet();
        Assert.NotEmpty(firedBy);
    }
}
