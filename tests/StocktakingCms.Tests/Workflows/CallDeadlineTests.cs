using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Data;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Submissions.SubmissionSupport;

namespace StocktakingCms.Tests.Workflows;

/// <summary>
/// A call closes at its deadline by itself: <see cref="CallSchedule"/> compares the closing time
/// with the clock on every request (its cache holds dates, not "open"), so no timer is needed and
/// nothing is sent at the close. Proven on a running site whose clock passes the deadline.
/// </summary>
public abstract class CallDeadlineTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Should_stop_taking_submissions_the_moment_the_deadline_passes_without_a_restart()
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        var clock = new SettableClock();
        await using var site = await database.StartNodeAsync(clock, new Dictionary<string, string?>());
        await OnlyCallClosingInAnHourAsync(site, clock);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var userId = await SignInContributorAsync(site, client);
        var open = await ParseAsync(await client.GetAsync("/en/submit"));
        Assert.NotNull(open.QuerySelector("form[action='/en/submit/new']"));
        await client.StartAsync(); // started before the deadline: kept after it

        clock.Advance(TimeSpan.FromHours(2));

        var closed = await ParseAsync(await client.GetAsync("/en/submit"));
        Assert.Null(closed.QuerySelector("form[action='/en/submit/new']"));
        Assert.NotNull(closed.QuerySelector(".call-status.closed"));
        using var refused = await client.PostFormAsync("/en/submit", "/en/submit/new", []);
        Assert.Equal("/en/submit", refused.Headers.Location?.OriginalString);
        var drafts = await site.WithScopeAsync(sp => sp.GetRequiredService<EntriesDbContext>().Submissions.CountAsync(s => s.OwnerUserId == userId));
        Assert.Equal(1, drafts);
    }

    /// <summary>Takes the recipe's sample call offline and publishes one that opened yesterday and closes in an hour.</summary>
    private static Task OnlyCallClosingInAnHourAsync(CmsSiteFactory site, TimeProvider clock) =>
        site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var calls = await sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
                .Where(i => i.ContentType == CallSchedule.ContentType && i.Published).Select(i => i.ContentItemId).ToListAsync();
            foreach (var id in calls)
            {
                await content.UnpublishAsync(id);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var call = await content.NewAsync(CallSchedule.ContentType);
            call.Culture = "en";
            call.Alter<TitlePart>(t => t.Title = "Deadline test call")
                .Alter<AutoroutePart>(r => r.Slug = "calls/deadline-test")
                .Alter<CallPart>(c =>
                {
                    c.OpensUtc = now.AddDays(-1);
                    c.ClosesUtc = now.AddHours(1);
                });
            var created = await content.CreateAsync(call, publish: true);
            Assert.True(created.Succeeded, string.Join(" ", created.AllMessages));
        });

    private static async Task<string> SignInContributorAsync(CmsSiteFactory site, HttpClient client)
    {
        const string password = "Deadline-Passes-Soon-42";
        var user = new CmsUser { UserName = $"c{Guid.NewGuid():N}"[..16], Email = $"{Guid.NewGuid():N}@example.org", EmailConfirmed = true };
        await site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, CmsRoles.Contributor)).Succeeded);
        });
        await client.SignInAsync(user.UserName, password);
        return user.Id;
    }
}

public sealed class CallDeadlineSqliteTests() : CallDeadlineTests(DatabaseProvider.Sqlite);

public sealed class CallDeadlinePostgresTests() : CallDeadlineTests(DatabaseProvider.Postgres);
