using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Settings;
using StocktakingCms.Email;
using StocktakingCms.Email.Controllers;
using StocktakingCms.Email.Data;
using StocktakingCms.Email.Models;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Email;

/// <summary>Queues mails on a test site and watches its outbox.</summary>
internal static class EmailSupport
{
    public static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A quick sender: polls five times a second, retries after 0.2 s (<paramref name="retries"/> times).</summary>
    public static Dictionary<string, string?> FastDelivery(int retries = 3, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Email:Delivery:PollInterval"] = "00:00:00.200" };
        for (var i = 0; i < retries; i++)
        {
            settings[$"Email:Delivery:RetryDelays:{i}"] = "00:00:00.200";
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>An address no other test uses.</summary>
    public static string UniqueAddress(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.org";

    public static Task QueueTestMessageAsync(CmsSiteFactory site, string address, string? culture, string requestedBy = "admin") =>
        site.WithScopeAsync(sp => sp.GetRequiredService<IMailer>().QueueAsync(
            AdminController.TestMessageTemplate, new MailRecipient(address, null, culture), new TestMessage(requestedBy)));

    public static Task<string> SiteNameAsync(CmsSiteFactory site) =>
        site.WithScopeAsync(async sp => (await sp.GetRequiredService<SiteDocuments>().GetAsync<SiteSettings>()).SiteName);

    public static Task<List<OutboxMessage>> OutboxToAsync(CmsSiteFactory site, string address) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<EmailDbContext>().Outbox.AsNoTracking().Where(m => m.ToAddress == address).ToListAsync());

    /// <summary>Polls the outbox row to <paramref name="address"/> until it matches; fails with its last state after the timeout.</summary>
    public static async Task<OutboxMessage> WaitForOutboxAsync(CmsSiteFactory site, string address, Func<OutboxMessage, bool> predicate, string what)
    {
        using var deadline = new CancellationTokenSource(MailTimeout);
        OutboxMessage? last = null;
        while (!deadline.IsCancellationRequested)
        {
            last = (await OutboxToAsync(site, address)).SingleOrDefault();
            if (last is not null && predicate(last))
            {
                return last;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new TimeoutException(last is null
            ? $"No outbox row to {address} within {MailTimeout} (waiting until {what})."
            : $"The outbox row to {address} did not become {what} within {MailTimeout}: attempts {last.Attempts}, next {last.NextAttemptUtc:O}, sent {last.SentUtc:O}, error {last.LastError}.");
    }

    public static async Task<OutboxMessage> AddOutboxRowAsync(CmsSiteFactory site, OutboxMessage message)
    {
        await site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EmailDbContext>();
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
        });
        return message;
    }
}
