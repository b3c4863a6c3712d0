using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Submissions;
using StocktakingCms.Workflows.Actions;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Services;
using StocktakingCms.Taxonomies.Models;
using static StocktakingCms.Tests.Submissions.SubmissionSupport;

namespace StocktakingCms.Tests.Workflows;

/// <summary>
/// The default entry-review workflow of the setup recipe, through the site: submit, take, request
/// changes with a mail in the submitter's language, resubmit, approve (published), refusals with
/// their reasons, two reviewers at once, and an action failing in the middle of a step.
/// </summary>
public abstract class ReviewLoopTests(DatabaseProvider provider, SharedSite shared, TestSmtpServer smtp)
    : SiteTests(provider, shared), IClassFixture<TestSmtpServer>
{
    protected override IDictionary<string, string?>? Settings => smtp.SiteSettings;

    protected override void ConfigureServices(IServiceCollection services) => services.AddScoped<IWorkflowAction, FailingAction>();

    [Fact]
    public async Task Should_go_round_the_whole_review_loop_and_publish_with_every_step_on_record()
    {
        var (contributor, contributorId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var email = await PreferFrenchAsync(contributorId);
        var baseUrl = await contributor.SubmitNewEntryAsync("Telecentres for the review loop");
        var id = await EntryIdAsync(baseUrl);
        Assert.Equal("submitted", (await InstanceAsync(id)).State);

        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        var queue = await ParseAsync(await reviewer.GetAsync("/admin/review"));
        Assert.Contains("Telecentres for the review loop", queue.QuerySelector("table.list")?.TextContent, StringComparison.Ordinal);

        await ExpectRedirectAsync(TakeAsync(reviewer, id, "take"), $"/admin/review/{id}");
        Assert.Equal("in-review", (await InstanceAsync(id)).State);

        using (var noComment = await TakeAsync(reviewer, id, "request-changes"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
            Assert.Equal("This step needs a comment saying why.", (await ParseAsync(noComment)).QuerySelector(".message.error")?.TextContent);
            Assert.Equal("in-review", (await InstanceAsync(id)).State);
        }

        await ExpectRedirectAsync(TakeAsync(reviewer, id, "request-changes", "Please add the number of people trained."), $"/admin/review/{id}");
        var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == email) && (m.Subject ?? "").Contains("Modifications demandées", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Please add the number of people trained.", mail.TextBody, StringComparison.Ordinal);
        var mine = await ParseAsync(await contributor.GetAsync("/en/my-entries"));
        Assert.Contains("Changes requested", mine.QuerySelector("table.list")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Please add the number of people trained.", mine.QuerySelector("table.list")?.TextContent, StringComparison.Ordinal);

        // The contributor fixes the text and submits again.
        var project = Project("Telecentres for the review loop");
        project["ShortDescription"] = "Community telecentres trained 40,000 rural women in digital skills.";
        await ExpectRedirectAsync(contributor.PostStepAsync($"{baseUrl}/project", project), $"{baseUrl}/classification");
        await ExpectRedirectAsync(contributor.PostFormAsync($"{baseUrl}/review", $"{baseUrl}/submit", []), "/en/my-entries");
        Assert.Equal("submitted", (await InstanceAsync(id)).State);

        await ExpectRedirectAsync(TakeAsync(reviewer, id, "take"), $"/admin/review/{id}");
        await ExpectRedirectAsync(TakeAsync(reviewer, id, "approve"), $"/admin/review/{id}");

        var published = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published));
        Assert.Equal("Community telecentres trained 40,000 rural women in digital skills.", published?.As<StocktakingCms.Entries.Models.EntryPart>().ShortDescription);
        await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == email) && (m.Subject ?? "").Contains("est publiée", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(SubmissionStatus.Published, (await SubmissionAsync(baseUrl)).Status);

        var history = await Site.WithScopeAsync(async sp =>
        {
            var instance = await InstanceAsync(id);
            return await sp.GetRequiredService<WorkflowsDbContext>().History.AsNoTracking().Where(h => h.InstanceId == instance.Id).OrderBy(h => h.Id).ToListAsync();
        });
        Assert.Equal(["submit", "take", "request-changes", "submit", "take", "approve"], history.Select(h => h.Transition));
        Assert.Equal(["draft", "submitted", "in-review", "changes-requested", "submitted", "in-review"], history.Select(h => h.FromState));
        Assert.Equal("Please add the number of people trained.", history[2].Comment);
    }

    [Fact]
    public async Task Should_show_the_approval_comment_in_my_entries_instead_of_the_earlier_change_request()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await contributor.SubmitNewEntryAsync("Approval comment reaches the author");
        var id = await EntryIdAsync(baseUrl);
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        await ExpectRedirectAsync(TakeAsync(reviewer, id, "take"), $"/admin/review/{id}");
        await ExpectRedirectAsync(TakeAsync(reviewer, id, "request-changes", "Name the partners."), $"/admin/review/{id}");
        await ExpectRedirectAsync(contributor.PostFormAsync($"{baseUrl}/review", $"{baseUrl}/submit", []), "/en/my-entries");
        await ExpectRedirectAsync(TakeAsync(reviewer, id, "take"), $"/admin/review/{id}");

        await ExpectRedirectAsync(TakeAsync(reviewer, id, "approve", "Thank you: a model entry."), $"/admin/review/{id}");

        var submission = await SubmissionAsync(baseUrl);
        Assert.Equal(SubmissionStatus.Published, submission.Status);
        Assert.Equal("Thank you: a model entry.", submission.ReviewerComment);
        var mine = (await ParseAsync(await contributor.GetAsync("/en/my-entries"))).QuerySelector("table.list")?.TextContent;
        Assert.Contains("Thank you: a model entry.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Name the partners.", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_step_not_allowed_from_the_state_or_for_the_role_with_403_and_the_reason()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await EntryIdAsync(await contributor.SubmitNewEntryAsync("Refused steps"));
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);

        using (var tooEarly = await TakeAsync(reviewer, id, "approve"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tooEarly.StatusCode);
            Assert.StartsWith("This step cannot be taken from the current state (Submitted)", (await ParseAsync(tooEarly)).QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);
        }

        using (var byContributor = await TakeAsync(contributor, id, "take"))
        {
            Assert.Equal("/error/403", byContributor.Headers.Location?.AbsolutePath); // no access to the review pages at all
        }

        Assert.Equal("submitted", (await InstanceAsync(id)).State);
        Assert.Null(await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published)));
    }

    [Fact]
    public async Task Should_let_only_one_of_two_reviewers_acting_at_once_win()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await EntryIdAsync(await contributor.SubmitNewEntryAsync("Two reviewers"));
        var first = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        var second = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        var version = (await InstanceAsync(id)).Version;

        using var a = await TakeAsync(first, id, "take", version: version);
        using var b = await TakeAsync(second, id, "reject", "Duplicate of another entry.", version: version);

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
        Assert.Contains("Someone else acted on this item meanwhile", (await ParseAsync(b)).QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("in-review", (await InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Should_leave_the_item_where_it_was_when_an_action_of_the_step_fails()
    {
        await Site.WithScopeAsync(async sp =>
        {
            var types = sp.GetRequiredService<WorkflowTypes>();
            var definition = (await types.FindAsync("entry-review"))!;
            if (!definition.Transitions.Any(t => t.Name == "approve-broken"))
            {
                definition.Transitions.Add(new WorkflowTransition
                {
                    Name = "approve-broken",
                    From = ["in-review"],
                    To = "approved",
                    Roles = ["Reviewer"],
                    Actions = [new() { Type = "set-submission-status", Value = "Published" }, new() { Type = "publish" }, new() { Type = FailingAction.Name }],
                });
                Assert.Empty(await types.SaveAsync(definition));
            }
        });
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await contributor.SubmitNewEntryAsync("Broken approval");
        var id = await EntryIdAsync(baseUrl);
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        await ExpectRedirectAsync(TakeAsync(reviewer, id, "take"), $"/admin/review/{id}");

        using var response = await TakeAsync(reviewer, id, "approve-broken");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the test action always fails", (await ParseAsync(response)).QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("in-review", (await InstanceAsync(id)).State);
        Assert.Null(await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published)));
        Assert.Equal(SubmissionStatus.Submitted, (await SubmissionAsync(baseUrl)).Status);
    }

    [Fact]
    public async Task Should_refuse_a_workflow_type_that_cannot_work_and_name_each_problem()
    {
        var broken = new WorkflowDefinition
        {
            Name = "broken",
            ContentTypes = ["Page"],
            States = [new() { Name = "draft", Initial = true }, new() { Name = "done", Final = true }, new() { Name = "limbo" }],
            Transitions =
            [
                new() { Name = "finish", From = ["draft"], To = "done", Roles = ["Editor"], Actions = [new() { Type = "send-fax" }, new() { Type = "publish" }, new() { Type = "set-submission-status", Value = "Published" }] },
                new() { Name = "lost", From = ["draft"], To = "nowhere", Roles = ["Editor"] },
            ],
        };

        var problems = await Site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowTypes>().SaveAsync(broken));

        Assert.Contains(problems, p => p.Contains("unknown action 'send-fax'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown state 'nowhere'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no transition ever reaches the state 'limbo'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("transition 'finish' must run 'set-submission-status' before 'publish'", StringComparison.Ordinal));
        Assert.Null(await Site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowTypes>().FindAsync("broken")));
    }

    [Fact]
    public async Task Should_follow_a_publication_done_in_the_editor()
    {
        var (contributor, _) = await CreateUserClientAsync(CmsRoles.Contributor);
        var baseUrl = await contributor.SubmitNewEntryAsync("Published by an editor directly");
        var id = await EntryIdAsync(baseUrl);

        var admin = await CreateAdminClientAsync();
        var token = await admin.GetAntiforgeryTokenAsync("/admin");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var published = await admin.PostAsync($"/admin/content/{id}/publish", content);

        var instance = await InstanceAsync(id);
        Assert.Equal("approved", instance.State);
        Assert.False(instance.IsWaiting);
        Assert.Equal(SubmissionStatus.Published, (await SubmissionAsync(baseUrl)).Status);
    }

    [Fact]
    public async Task Should_approve_a_hundred_waiting_entries_in_one_bulk_step_and_report_the_ones_that_cannot_move()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(await Entries.TestEntries.CreateAsync(Site, $"Bulk {tag} {i}", publish: false));
        }

        await Site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowsDbContext>();
            var now = DateTime.UtcNow;
            db.Instances.AddRange(ids.Select((id, i) => new WorkflowInstance
            {
                ContentItemId = id,
                WorkflowType = "entry-review",
                State = i == 0 ? "submitted" : "in-review", // the first cannot be approved yet
                IsWaiting = true,
                Title = $"Bulk {tag} {i}",
                Culture = "en",
                CreatedUtc = now,
                EnteredStateUtc = now,
            }));
            await db.SaveChangesAsync();
        });
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);
        var token = await reviewer.GetAntiforgeryTokenAsync("/admin/review");
        using var content = new FormUrlEncodedContent(ids.Select(id => new KeyValuePair<string, string>("selected", id))
            .Append(new("transition", "approve")).Append(new("comment", "")).Append(new("__RequestVerificationToken", token)));

        using var response = await reviewer.PostAsync("/admin/review/bulk", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var states = await Site.WithScopeAsync(async sp =>
            await sp.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking().Where(i => ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, i => i.State));
        Assert.Equal("submitted", states[ids[0]]);
        Assert.All(ids.Skip(1), id => Assert.Equal("approved", states[id]));
        var published = await Site.WithScopeAsync(async sp =>
            await sp.GetRequiredService<StocktakingCms.Core.Data.CoreDbContext>().ContentItems.CountAsync(c => ids.Contains(c.ContentItemId) && c.Published));
        Assert.Equal(99, published);
        var page = await ParseAsync(await reviewer.GetAsync("/admin/review"));
        Assert.Contains("99 items moved.", page.QuerySelector(".message.success")?.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Bulk {tag} 0", page.QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_filter_the_queue_by_language_and_by_reviewer()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (reviewer, reviewerId) = await CreateUserClientAsync(CmsRoles.Reviewer);
        await Site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowsDbContext>();
            var now = DateTime.UtcNow;
            WorkflowInstance Waiting(string title, string culture, string? assignee) => new()
            {
                ContentItemId = $"{tag}{title}".PadRight(26, '0')[..26],
                WorkflowType = "entry-review",
                State = "in-review",
                IsWaiting = true,
                Title = $"{tag} {title}",
                Culture = culture,
                AssigneeUserId = assignee,
                CreatedUtc = now,
                EnteredStateUtc = now,
            };
            db.Instances.AddRange(Waiting("french-mine", "fr", reviewerId), Waiting("french-open", "fr", null), Waiting("english-open", "en", null));
            await db.SaveChangesAsync();
        });

        await ExpectQueueAsync(reviewer, "?culture=fr", [$"{tag} french-mine", $"{tag} french-open"], [$"{tag} english-open"]);
        await ExpectQueueAsync(reviewer, "?assignee=me", [$"{tag} french-mine"], [$"{tag} french-open"]);
        await ExpectQueueAsync(reviewer, "?assignee=none&culture=en", [$"{tag} english-open"], [$"{tag} french-open"]);
    }

    [Fact]
    public async Task Should_filter_the_queue_by_action_line_country_and_edition_and_count_the_waiting_items_in_the_menu()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var health = await Entries.TestEntries.CreateAsync(Site, $"{tag} telemedicine", publish: false, alter: item => item.Alter<TermsPart>(terms =>
        {
            terms.Set(EntryFields.ActionLines, ["C7-e-health"]);
            terms.Set(EntryFields.Countries, ["SN"]);
            terms.Set(EntryFields.Edition, ["2023"]);
        }));
        var schools = await Entries.TestEntries.CreateAsync(Site, $"{tag} schools", publish: false); // C4, Switzerland, no edition
        var waiting = await Site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WorkflowsDbContext>();
            var now = DateTime.UtcNow;
            db.Instances.AddRange(new[] { health, schools }.Select(id => new WorkflowInstance
            {
                ContentItemId = id, WorkflowType = "entry-review", State = "in-review", IsWaiting = true, Title = id == health ? $"{tag} telemedicine" : $"{tag} schools", Culture = "en", CreatedUtc = now, EnteredStateUtc = now,
            }));
            await db.SaveChangesAsync();
            sp.GetRequiredService<IMemoryCache>().Remove(StocktakingCms.Workflows.AdminMenu.WaitingCountKey); // rows written behind the engine's back
            return await db.Instances.CountAsync(i => i.IsWaiting);
        });
        var reviewer = await CreateClientInRoleAsync(CmsRoles.Reviewer);

        await ExpectQueueAsync(reviewer, "?actionLine=C7", [$"{tag} telemedicine"], [$"{tag} schools"]); // the action line with its sub-lines
        await ExpectQueueAsync(reviewer, "?country=CH", [$"{tag} schools"], [$"{tag} telemedicine"]);
        await ExpectQueueAsync(reviewer, "?edition=2023&country=SN", [$"{tag} telemedicine"], [$"{tag} schools"]);
        var menu = (await ParseAsync(await reviewer.GetAsync("/admin/review"))).QuerySelectorAll("nav a[href='/admin/review']").Select(a => a.TextContent.Trim());
        Assert.Contains($"Review queue ({waiting})", menu);
    }

    /// <summary>The queue filtered by <paramref name="query"/> lists the <paramref name="shown"/> titles and none of the <paramref name="hidden"/> ones.</summary>
    private static async Task ExpectQueueAsync(HttpClient reviewer, string query, string[] shown, string[] hidden)
    {
        var titles = (await ParseAsync(await reviewer.GetAsync($"/admin/review{query}"))).QuerySelector("table.list tbody")?.TextContent ?? "";
        Assert.All(shown, title => Assert.Contains(title, titles, StringComparison.Ordinal));
        Assert.All(hidden, title => Assert.DoesNotContain(title, titles, StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> TakeAsync(HttpClient client, string id, string transition, string? comment = null, long? version = null)
    {
        var token = await client.GetAntiforgeryTokenAsync("/en/account");
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("comment", comment ?? "") };
        if (version is { } v)
        {
            fields.Add(new("version", v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"/admin/review/{id}/{transition}", content);
    }

    private async Task<string> PreferFrenchAsync(string userId) =>
        await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = (await users.FindByIdAsync(userId))!;
            user.PreferredCulture = "fr";
            user.DisplayName = "Awa Ndiaye";
            await users.UpdateAsync(user);
            return user.Email!;
        });

    private async Task<Submission> SubmissionAsync(string baseUrl)
    {
        var id = baseUrl[(baseUrl.LastIndexOf('/') + 1)..];
        return await Site.WithScopeAsync(sp => sp.GetRequiredService<EntriesDbContext>().Submissions.AsNoTracking().SingleAsync(s => s.Id == id));
    }

    private async Task<string> EntryIdAsync(string baseUrl) => (await SubmissionAsync(baseUrl)).ContentItemId!;

    private Task<WorkflowInstance> InstanceAsync(string contentItemId) =>
        Site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking().SingleAsync(i => i.ContentItemId == contentItemId));

    /// <summary>An action that always fails, to prove a step is all or nothing.</summary>
    private sealed class FailingAction : IWorkflowAction
    {
        public const string Name = "test-failure";

        public string Type => Name;

        public Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken) =>
            throw new WorkflowActionException("the test action always fails");
    }
}

public sealed class ReviewLoopSqliteTests(SharedSite site, TestSmtpServer smtp) : ReviewLoopTests(DatabaseProvider.Sqlite, site, smtp);

public sealed class ReviewLoopPostgresTests(SharedSite site, TestSmtpServer smtp) : ReviewLoopTests(DatabaseProvider.Postgres, site, smtp);
