using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Settings;
using StocktakingCms.Email.Data;

namespace StocktakingCms.Email.Services;

/// <summary>
/// Sends due mails: woken when a mail is committed, and every <c>Email:Delivery:PollInterval</c>
/// for mails queued by other nodes or before a restart. A failed attempt is recorded with its
/// error and retried later; nothing it meets (SMTP or database down) stops the host. Every
/// <c>Email:Retention:PruneInterval</c> it deletes mails past their retention.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    MailTransports transports,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogDestination(logger, options.Value.UsesSmtp ? "the SMTP server" : "the folder", transports.Destination);
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await SendBatchAsync(stoppingToken);
                await PruneWhenDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting: try again at the next poll.
                LogBatchFailed(logger, exception);
            }

            if (!more)
            {
                try
                {
                    await signal.WaitAsync(options.Value.Delivery.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and sends one batch; true when the batch was full (more may be due).</summary>
    private async Task<bool> SendBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var batch = await store.ClaimAsync();
        if (batch.Count == 0)
        {
            return false;
        }

        var done = 0;
        try
        {
            var siteName = (await scope.ServiceProvider.GetRequiredService<SiteDocuments>().GetAsync<SiteSettings>(stoppingToken)).SiteName;
            await using var transport = transports.Create();
            Exception? broken = null;
            for (; done < batch.Count; done++)
            {
                var message = batch[done];
                if (broken is not null)
                {
                    // The server is down or refuses this site: the rest of the batch waits for its next attempt.
                    await FailAsync(store, message, broken);
                    continue;
                }

                try
                {
                    var destination = await transport.SendAsync(MimeMessageFor(message, siteName), stoppingToken);
                    await store.MarkSentAsync(message);
                    LogSent(logger, message.Id, message.Template, destination);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    broken = MailTransports.ConcernsOneMail(exception) ? null : exception;
                    await FailAsync(store, message, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not sent goes back to the outbox for the next start or another node.
            foreach (var unsent in batch.Skip(done))
            {
                await store.ReleaseAsync(unsent);
            }

            throw;
        }

        return batch.Count >= options.Value.Delivery.BatchSize;
    }

    private async Task PruneWhenDueAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        if (now < nextPrune)
        {
            return;
        }

        nextPrune = now + options.Value.Retention.PruneInterval;
        await using var scope = scopes.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<OutboxStore>().PruneAsync(stoppingToken);
        if (deleted > 0)
        {
            LogPruned(logger, deleted);
        }
    }

    private async Task FailAsync(OutboxStore store, OutboxMessage message, Exception exception)
    {
        var next = await store.MarkFailedAsync(message, $"{exception.GetType().Name}: {exception.Message}");
        if (next is null)
        {
            LogGivenUp(logger, exception, message.Id, message.Template, message.Attempts + 1);
        }
        else
        {
            LogFailed(logger, message.Id, message.Template, message.Attempts + 1, next.Value, exception.Message);
        }
    }

    private MimeMessage MimeMessageFor(OutboxMessage mail, string siteName)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(settings.FromName) ? siteName : settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        // A Content-* header belongs to the body entity in MimeKit; it is written among the message's headers.
        message.Body.Headers.Add(HeaderId.ContentLanguage, mail.Culture);
        return message;
    }

    [LoggerMessage(LogLevel.Information, "E-mail: mails go to {Kind} {Destination}.")]
    private static partial void LogDestination(ILogger logger, string kind, string destination);

    [LoggerMessage(LogLevel.Information, "E-mail {Id} ({Template}) sent to {Destination}.")]
    private static partial void LogSent(ILogger logger, long id, string template, string destination);

    [LoggerMessage(LogLevel.Warning, "E-mail {Id} ({Template}) attempt {Attempt} failed, next attempt at {Next:u}: {Reason}")]
    private static partial void LogFailed(ILogger logger, long id, string template, int attempt, DateTime next, string reason);

    [LoggerMessage(LogLevel.Error, "E-mail {Id} ({Template}) given up after {Attempts} attempts.")]
    private static partial void LogGivenUp(ILogger logger, Exception exception, long id, string template, int attempts);

    [LoggerMessage(LogLevel.Information, "E-mail: {Count} mails past their retention deleted from the outbox.")]
    private static partial void LogPruned(ILogger logger, int count);

    [LoggerMessage(LogLevel.Error, "E-mail: the outbox could not be read or updated; trying again at the next poll.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
