using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Email.Services;

/// <summary>Where mails go for one batch: an SMTP connection, or a folder of .eml files.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Sends one mail; returns where it went, for the log.</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Chooses the transport from configuration: SMTP when <c>Email:Smtp:Host</c> is set, else the pickup folder.</summary>
public sealed class MailTransports(IOptions<EmailOptions> options, DataFolder dataFolder, TimeProvider clock)
{
    public const string PickupFolderName = "mail";

    public string PickupFolder => dataFolder.Combine(PickupFolderName);

    /// <summary>Where mails go, for logs and the admin page: "smtp.example.org:587" or the folder.</summary>
    public string Destination => options.Value.UsesSmtp ? $"{options.Value.Smtp.Host}:{options.Value.Smtp.Port}" : PickupFolder;

    /// <summary>
    /// True when a failure concerns only the mail being sent (the server refused this sender or
    /// recipient, or an address of this mail does not parse); otherwise the transport itself failed (server down, TLS, authentication, disk)
    /// and the other mails of the batch would fail the same way.
    /// </summary>
    public static bool ConcernsOneMail(Exception exception) => exception is SmtpCommandException or ParseException;

    public IMailTransport Create() =>
        options.Value.UsesSmtp ? new SmtpTransport(options.Value.Smtp) : new PickupFolderTransport(PickupFolder, clock);
}

/// <summary>MailKit over SMTP: connects on the first mail of a batch, sends the batch on one connection.</summary>
internal sealed class SmtpTransport(EmailOptions.SmtpOptions smtp) : IMailTransport
{
    private SmtpClient? _client;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (_client is not { IsConnected: true })
        {
            _client?.Dispose();
            _client = new SmtpClient { Timeout = 60_000 };
            await _client.ConnectAsync(smtp.Host ?? "", smtp.Port, smtp.Security.ToMailKit(), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await _client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }

        await _client.SendAsync(message, cancellationToken);
        return $"{smtp.Host}:{smtp.Port}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            if (_client.IsConnected)
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(quit: true, quit.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.CommandException)
        {
            // The mails went out; a server that hangs up rudely changes nothing.
        }
        finally
        {
            _client.Dispose();
        }
    }
}

/// <summary>No SMTP server configured: each mail becomes an .eml file that any mail program opens.</summary>
internal sealed class PickupFolderTransport(string folder, TimeProvider clock) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        // Whole files only: a reader of the folder never sees half a message.
        File.Move(partial, path);
        return path;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
