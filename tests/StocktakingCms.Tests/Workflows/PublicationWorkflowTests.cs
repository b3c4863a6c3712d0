using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Services;
using static StocktakingCms.Tests.Workflows.WorkflowSteps;

namespace StocktakingCms.Tests.Workflows;

/// <summary>
/// The setup recipe's <c>publication</c> workflow: a call or letter enters it when created, an
/// Editor approves it, and the site publishes it itself on its publication date (a call's
/// opening, a letter's date in Geneva), never before.
/// </summary>
public abstract class PublicationWorkflowTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Should_publish_an_approved_call_on_its_opening_date_and_not_before()
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        var clock = new SettableClock();
        await using var site = await database.StartNodeAsync(clock, new Dictionary<string, string?>());
        var editor = await CreatePersonAsync(site, CmsRoles.Editor, "en");
        var reviewer = await CreatePersonAsync(site, CmsRoles.Reviewer, "en");
        var opens = clock.GetUtcNow().UtcDateTime.AddDays(3);
        var id = await CreateDraftAsync(site, CallSchedule.ContentType, "Call that opens in three days", item => item.Alter<CallPart>(c =>
        {
            c.OpensUtc = opens;
            c.ClosesUtc = opens.AddDays(60);
        }));
        var created = await InstanceAsync(site, id);
        Assert.Equal(("publication", "draft", true), (created.WorkflowType, created.State, created.IsWaiting));

        Assert.Equal(TransitionFailure.NotAllowed, (await TryAsync(site, id, "approve", reviewer)).Failure);
        await TakeAsync(site, id, "approve", editor);

        var timer = Assert.Single(await TimersAsync(site, id));
        Assert.Equal(("approved", "publish-on-date"), (timer.State, timer.Name));
        Assert.Equal(opens, timer.DueUtc, TimeSpan.FromMilliseconds(1));
        clock.Advance(TimeSpan.FromDays(2));
        await Task.Delay(1000); // five polls
        Assert.Null(await PublishedAsync(site, id));

        clock.Advance(TimeSpan.FromDays(2));
        await WaitUntilAsync(async () => await PublishedAsync(site, id) is not null, TimeSpan.FromSeconds(20), "the call published");
        var instance = await InstanceAsync(site, id);
        Assert.Equal(("published", false), (instance.State, instance.IsWaiting));
        var last = (await HistoryAsync(site, instance.Id))[^1];
        Assert.Equal(("approved", "published", "publish"), (last.FromState, last.ToState, last.Transition));
        Assert.Null(last.UserId);
    }

    [Fact]
    public async Task Should_schedule_a_letter_for_the_start_of_its_date_in_Geneva_and_cancel_that_when_the_approval_is_withdrawn()
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        await using var site = await database.StartNodeAsync(new SettableClock(), new Dictionary<string, string?>());
        var editor = await CreatePersonAsync(site, CmsRoles.Editor, "fr");
        var id = await CreateDraftAsync(site, "Letter", "Lettre du Secrétaire général", item => item.Alter<LetterPart>(l =>
        {
            l.Reference = "DDR/TEST/2031";
            l.Date = new DateOnly(2031, 1, 15);
            l.Subject = "Appel à contributions 2031";
            l.OriginalCulture = "fr";
        }));

        await TakeAsync(site, id, "approve", editor);
        Assert.Equal(new DateTime(2031, 1, 14, 23, 0, 0, DateTimeKind.Utc), Assert.Single(await TimersAsync(site, id)).DueUtc);

        await TakeAsync(site, id, "withdraw", editor);

        Assert.NotNull(Assert.Single(await TimersAsync(site, id)).CancelledUtc);
        Assert.Equal("draft", (await InstanceAsync(site, id)).State);
        Assert.Null(await PublishedAsync(site, id));
    }

    [Fact]
    public async Task Should_take_in_the_recipes_published_calls_and_letters_as_published_with_one_history_line_and_only_once()
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        await using var site = await database.StartNodeAsync(new SettableClock(), new Dictionary<string, string?>());

        var items = await site.WithScopeAsync(async sp => await sp.GetRequiredService<StocktakingCms.Core.Data.CoreDbContext>().ContentItems.AsNoTracking()
            .Where(i => i.Latest && !i.Deleted && (i.ContentType == CallSchedule.ContentType || i.ContentType == "Letter"))
            .Select(i => new { i.ContentItemId, i.ContentType, i.Published }).ToListAsync());

        Assert.Contains(items, i => i.ContentType == "Letter");
        Assert.Contains(items, i => i.ContentType == CallSchedule.ContentType);
        foreach (var item in items)
        {
            var instance = await InstanceAsync(site, item.ContentItemId);
            Assert.Equal(("publication", item.Published ? "published" : "draft", false), (instance.WorkflowType, instance.State, instance.IsWaiting && item.Published));
            var history = await HistoryAsync(site, instance.Id);
            Assert.Equal([(null, instance.State, WorkflowEngine.ImportedByRecipe)], history.Select(h => (h.FromState, h.ToState, h.Transition)));
            Assert.Null(history[0].UserId);
        }

        var again = await site.WithScopeAsync(async sp =>
            await sp.GetRequiredService<WorkflowEngine>().AdoptExistingAsync((await sp.GetRequiredService<WorkflowTypes>().FindAsync("publication"))!));
        Assert.Equal(0, again);
    }

    private static Task<string> CreateDraftAsync(CmsSiteFactory site, string type, string title, Action<ContentItem> alter) =>
        site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync(type);
            item.Culture = "en";
            item.Alter<TitlePart>(t => t.Title = title).Alter<AutoroutePart>(r => r.Slug = $"test/{Guid.NewGuid():N}");
            alter(item);
            var result = await content.CreateAsync(item, publish: false);
            Assert.True(result.Succeeded, string.Join(" ", result.AllMessages));
            return item.ContentItemId;
        });

    private static Task<ContentItem?> PublishedAsync(CmsSiteFactory site, string id) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published));

    private static Task<List<WorkflowHistoryEntry>> HistoryAsync(CmsSiteFactory site, long instanceId) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().History.AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id).ToListAsync());
}

public sealed class PublicationWorkflowSqliteTests() : PublicationWorkflowTests(DatabaseProvider.Sqlite);

public sealed class PublicationWorkflowPostgresTests() : PublicationWorkflowTests(DatabaseProvider.Postgres);
