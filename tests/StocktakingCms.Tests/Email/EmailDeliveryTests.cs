using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Email.Data;
using StocktakingCms.Email.Services;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Email.EmailSupport;

namespace StocktakingCms.Tests.Email;

/// <summary>
/// How mails leave a site whose SMTP server is down, gone for good, or not configured at all.
/// Each test starts a site of its own with the delivery settings it needs.
/// </summary>
public abstract class EmailDeliveryTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Should_record_the_failed_attempt_and_send_on_a_later_one_when_the_smtp_server_was_down()
    {
        await using var smtp = new TestSmtpServer();
        await using var site = await StartSiteAsync(FastDelivery(retries: 50, more: smtp.SiteSettings));
        var address = UniqueAddress("down");

        await QueueTestMessageAsync(site, address, "fr");

        var failed = await WaitForOutboxAsync(site, address, m => m.Attempts >= 1, "tried once");
        Assert.Equal(OutboxStatus.Queued, failed.Status);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Null(failed.SentUtc);

        await smtp.StartAsync();
        var message = await smtp.WaitForMessageToAsync(address, MailTimeout);

        Assert.StartsWith("Message d'essai de ", message.Subject, StringComparison.Ordinal);
        var sent = await WaitForOutboxAsync(site, address, m => m.Status == OutboxStatus.Sent, "sent");
        Assert.True(sent.Attempts >= 2, $"Sent after {sent.Attempts} attempt(s).");
        Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(to => to.Address == address));
    }

    [Fact]
    public async Task Should_give_up_after_the_last_retry_delay_and_keep_the_last_error()
    {
        var closedPort = new TestSmtpServer().SiteSettings;
        await using var site = await StartSiteAsync(FastDelivery(retries: 2, more: closedPort));
        var address = UniqueAddress("gone");

        await QueueTestMessageAsync(site, address, "ar");

        var failed = await WaitForOutboxAsync(site, address, m => m.Status == OutboxStatus.Failed, "given up");
        Assert.Equal(3, failed.Attempts);
        Assert.Null(failed.NextAttemptUtc);
        Assert.Null(failed.ClaimedUntilUtc);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
    }

    [Fact]
    public async Task Should_stop_at_once_and_give_the_mail_back_when_the_host_stops_while_the_server_never_answers()
    {
        // Accepts connections (the kernel's backlog) but never greets: MailKit waits for the banner.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var site = await StartSiteAsync(FastDelivery(more: new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = IPAddress.Loopback.ToString(),
            ["Email:Smtp:Port"] = ((IPEndPoint)silent.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
        }));
        var address = UniqueAddress("silent");
        await QueueTestMessageAsync(site, address, "en");
        await WaitForOutboxAsync(site, address, m => m.ClaimedUntilUtc is not null, "claimed");
        var sender = site.Services.GetServices<IHostedService>().OfType<OutboxSender>().Single();

        var stopping = Stopwatch.StartNew();
        await sender.StopAsync(CancellationToken.None);

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"The sender took {stopping.Elapsed} to stop.");
        var row = Assert.Single(await OutboxToAsync(site, address));
        Assert.Null(row.ClaimedUntilUtc);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(OutboxStatus.Queued, row.Status);
    }

    [Fact]
    public async Task Should_write_an_eml_file_in_the_data_folder_when_no_smtp_server_is_configured()
    {
        await using var site = await StartSiteAsync(FastDelivery());
        var address = UniqueAddress("pickup");
        var folder = Path.Combine(site.DataPath, "mail");

        await QueueTestMessageAsync(site, address, "zh");

        await WaitForOutboxAsync(site, address, m => m.Status == OutboxStatus.Sent, "sent");
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(address, message.To.Mailboxes.Single().Address);
        Assert.StartsWith("来自 ", message.Subject, StringComparison.Ordinal);
        Assert.Equal("no-reply@localhost", message.From.Mailboxes.Single().Address);
        Assert.Contains("说明电子邮件发送功能正常", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Content-Language: zh", (await File.ReadAllTextAsync(file)).Split("\r\n\r\n")[0], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    private Task<CmsSiteFactory> StartSiteAsync(IDictionary<string, string?> settings) => CmsSiteFactory.StartAsync(provider, settings);
}

public sealed class EmailDeliverySqliteTests() : EmailDeliveryTests(DatabaseProvider.Sqlite);

public sealed class EmailDeliveryPostgresTests() : EmailDeliveryTests(DatabaseProvider.Postgres);
