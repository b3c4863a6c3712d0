using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Data;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Submissions.SubmissionSupport;

namespace StocktakingCms.Tests.Submissions;

/// <summary>
/// Submission follows the calls' dates: with the sample call taken offline and an old call that
/// closed, nothing can be started or submitted, and the page says when the last call closed.
/// </summary>
public abstract class ClosedCallTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string ClosedCallId = "closedcall2023000000000000";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var calls = await sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
                .Where(i => i.ContentType == CallSchedule.ContentType && i.Published && i.ContentItemId != ClosedCallId)
                .Select(i => i.ContentItemId).ToListAsync();
            foreach (var id in calls)
            {
                await content.UnpublishAsync(id);
            }

            if (await content.GetAsync(ClosedCallId, VersionOptions.Latest) is null)
            {
                var call = await content.NewAsync(CallSchedule.ContentType);
                call.ContentItemId = ClosedCallId;
                call.Culture = "en";
                call.Alter<StocktakingCms.Contents.Models.TitlePart>(t => t.Title = "Call for entries 2023")
                    .Alter<StocktakingCms.Contents.Models.AutoroutePart>(r => r.Slug = "calls/2023")
                    .Alter<StocktakingCms.Calls.Models.CallPart>(c =>
                    {
                        c.OpensUtc = new DateTime(2022, 9, 7, 0, 0, 0, DateTimeKind.Utc);
                        c.ClosesUtc = new DateTime(2023, 1, 31, 22, 59, 0, DateTimeKind.Utc);
                    })
                    .Alter<StocktakingCms.Taxonomies.Models.TermsPart>(t => t.Set(CallSchedule.EditionField, ["2023"]));
                var created = await content.CreateAsync(call, publish: true);
                Assert.True(created.Succeeded, string.Join(" ", created.AllMessages));
            }

            sp.GetRequiredService<CallSchedule>().Evict();
        });
    }

    [Fact]
    public async Task Should_say_when_the_last_call_closed_and_offer_no_start_button()
    {
        var (client, _) = await CreateUserClientAsync(CmsRoles.Contributor);

        var page = await ParseAsync(await client.GetAsync("/fr/submit"));

        var status = page.QuerySelector(".call-status.closed")?.TextContent;
        Assert.Contains("Aucun appel à contributions n’est ouvert", status, StringComparison.Ordinal);
        Assert.Contains("31 janvier 2023", status, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action='/fr/submit/new']"));
    }

    [Fact]
    public async Task Should_not_start_a_draft_when_no_call_is_open()
    {
        var (client, userId) = await CreateUserClientAsync(CmsRoles.Contributor);

        using var response = await client.PostFormAsync("/en/submit", "/en/submit/new", []);

        Assert.Equal("/en/submit", response.Headers.Location?.OriginalString);
        var drafts = await Site.WithScopeAsync(sp => sp.GetRequiredService<EntriesDbContext>().Submissions.CountAsync(s => s.OwnerUserId == userId));
        Assert.Equal(0, drafts);
    }

    [Fact]
    public async Task Should_keep_a_finished_draft_but_refuse_to_submit_it_when_no_call_is_open()
    {
        var (client, userId) = await CreateUserClientAsync(CmsRoles.Contributor);
        var id = await Site.WithScopeAsync(async sp =>
        {
            var user = (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CmsUser>>().FindByIdAsync(userId))!;
            var submission = await sp.GetRequiredService<StocktakingCms.Entries.Submissions.SubmissionService>().StartAsync(user, "en", callId: null);
            return submission.Id;
        });

        using var submitted = await client.PostFormAsync($"/en/submit/{id}/review", $"/en/submit/{id}/submit", []);

        Assert.Equal($"/en/submit/{id}/review", submitted.Headers.Location?.OriginalString);
        var submission = await Site.WithScopeAsync(sp => sp.GetRequiredService<EntriesDbContext>().Submissions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(StocktakingCms.Entries.Submissions.SubmissionStatus.Draft, submission.Status);
        Assert.Null(submission.ContentItemId);
        var review = await ParseAsync(await client.GetAsync($"/en/submit/{id}/review"));
        Assert.Null(review.QuerySelector($"form[action='/en/submit/{id}/submit']"));
    }

    [Fact]
    public async Task Should_list_the_closed_call_in_the_archive()
    {
        var page = await ParseAsync(await CreateClient().GetAsync("/en/calls"));

        var row = page.QuerySelectorAll("table.list tbody tr").Single(r => r.TextContent.Contains("Call for entries 2023", StringComparison.Ordinal));
        Assert.Contains("Closed", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/calls/2023", row.QuerySelector("a")?.GetAttribute("href"));
        using var callPage = await CreateClient().GetAsync("/en/calls/2023");
        Assert.Equal(HttpStatusCode.OK, callPage.StatusCode);
        Assert.Contains("This call is closed.", await callPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ClosedCallSqliteTests(SharedSite site) : ClosedCallTests(DatabaseProvider.Sqlite, site);

public sealed class ClosedCallPostgresTests(SharedSite site) : ClosedCallTests(DatabaseProvider.Postgres, site);
