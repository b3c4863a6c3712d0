using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Email.Data;
using StocktakingCms.Email.Services;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Email.EmailSupport;

namespace StocktakingCms.Tests.Email;

/// <summary>
/// The outbox forgets mails once past their retention (sent: 30 days after sending, given up: 90
/// days after queueing, the defaults), and keeps everything still waiting whatever its age.
/// </summary>
public abstract class OutboxRetentionTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_delete_only_the_mails_past_their_retention()
    {
        var now = DateTime.UtcNow;
        var oldSent = await AddAsync("old-sent", created: now.AddDays(-40), sent: now.AddDays(-31), next: null);
        var recentSent = await AddAsync("recent-sent", created: now.AddDays(-40), sent: now.AddDays(-29), next: null);
        var oldFailed = await AddAsync("old-failed", created: now.AddDays(-91), sent: null, next: null);
        var recentFailed = await AddAsync("recent-failed", created: now.AddDays(-60), sent: null, next: null);
        var oldWaiting = await AddAsync("old-waiting", created: now.AddDays(-200), sent: null, next: now.AddHours(1));

        // The site's sender prunes too (at its start, then hourly): what counts is what is left.
        await Site.WithScopeAsync(sp => sp.GetRequiredService<OutboxStore>().PruneAsync(CancellationToken.None));

        var left = await Site.WithScopeAsync(sp => sp.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking()
            .Where(m => new[] { oldSent, recentSent, oldFailed, recentFailed, oldWaiting }.Contains(m.ToAddress))
            .Select(m => m.ToAddress).ToListAsync());
        Assert.Equal(new[] { oldWaiting, recentFailed, recentSent }.Order(), left.Order());
    }

    private Task<string> AddAsync(string prefix, DateTime created, DateTime? sent, DateTime? next) =>
        Site.WithScopeAsync(async sp =>
        {
            var address = UniqueAddress(prefix);
            var db = sp.GetRequiredService<EmailDbContext>();
            db.Outbox.Add(new OutboxMessage
            {
                Template = "test",
                ToAddress = address,
                Culture = "en",
                Subject = "Test",
                CreatedUtc = created,
                SentUtc = sent,
                NextAttemptUtc = next,
                Attempts = sent is null && next is null ? 5 : 1,
            });
            await db.SaveChangesAsync();
            return address;
        });
}

public sealed class OutboxRetentionSqliteTests(SharedSite site) : OutboxRetentionTests(DatabaseProvider.Sqlite, site);

public sealed class OutboxRetentionPostgresTests(SharedSite site) : OutboxRetentionTests(DatabaseProvider.Postgres, site);
