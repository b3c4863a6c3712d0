using MailKit.Security;
using Microsoft.Extensions.Options;

namespace StocktakingCms.Email;

/// <summary>The <c>Email</c> configuration section. Names are part of the operator contract (README).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public const string DefaultFrom = "no-reply@localhost";

    /// <summary>The sender address of every mail.</summary>
    public string From { get; set; } = DefaultFrom;

    /// <summary>The sender's display name; empty: the site name.</summary>
    public string? FromName { get; set; }


    public SmtpOptions Smtp { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    /// <summary>True when mails go to an SMTP server; false: they are written under <c>{DataPath}/mail/</c>.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public sealed class SmtpOptions
    {
        /// <summary>The SMTP server; empty: no SMTP, messages are written as .eml files.</summary>
        public string? Host { get; set; }

        public int Port { get; set; } = 25;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    }

    public sealed class DeliveryOptions
    {
        /// <summary>How often the outbox is read for mails queued by other nodes or before a restart.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>How many mails one node claims at a time.</summary>
        public int BatchSize { get; set; } = 20;

        /// <summary>How long a claim keeps other nodes off a mail (a node that dies mid-send loses it after this).</summary>
        public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// The wait after each failed attempt; after the last one the mail is given up (failed).
        /// Empty: <see cref="DefaultRetryDelays"/>. Configured as <c>Email:Delivery:RetryDelays:0</c>, <c>:1</c>...
        /// </summary>
        public List<TimeSpan> RetryDelays { get; set; } = [];

        public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
        [
            TimeSpan.FromMinutes(1),
            TimeSpan.FromMinutes(5),
            TimeSpan.FromMinutes(30),
            TimeSpan.FromHours(2),
            TimeSpan.FromHours(12),
        ];

        public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;
    }
}

/// <summary>
/// How long the outbox keeps mails once done with them: a mail holds an address and a rendered body
/// (personal data), so it is deleted when no operator needs it any more (<c>Email:Retention</c>).
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Sent mails are deleted this long after they were sent.</summary>
    public TimeSpan KeepSent { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Mails given up are deleted this long after they were queued (time enough to see why and fix it).</summary>
    public TimeSpan KeepFailed { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often a node deletes what is past its retention.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>How the SMTP connection is secured (<c>Email:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,

    /// <summary>Plain text (a relay on the same machine or a test server).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

internal static class SmtpSecurityExtensions
{
    public static SecureSocketOptions ToMailKit(this SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

/// <summary>Stops the start with a message naming the key when the <c>Email</c> section cannot work.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!Services.MailAddresses.IsValid(options.From))
        {
            failures.Add($"Email:From \"{options.From}\" is not an e-mail address.");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"Email:Smtp:Port {options.Smtp.Port} is not a port number.");
        }

        var delivery = options.Delivery;
        if (delivery.PollInterval <= TimeSpan.Zero || delivery.ClaimDuration <= TimeSpan.Zero)
        {
            failures.Add("Email:Delivery:PollInterval and Email:Delivery:ClaimDuration must be longer than zero.");
        }

        if (delivery.BatchSize is < 1 or > 1000)
        {
            failures.Add($"Email:Delivery:BatchSize {delivery.BatchSize} must be between 1 and 1000.");
        }

        var retention = options.Retention;
        if (retention.KeepSent <= TimeSpan.Zero || retention.KeepFailed <= TimeSpan.Zero || retention.PruneInterval <= TimeSpan.Zero)
        {
            failures.Add("Email:Retention:KeepSent, KeepFailed and PruneInterval must be longer than zero.");
        }

        if (delivery.RetryDelays.Any(d => d < TimeSpan.Zero))
        {
            failures.Add("Email:Delivery:RetryDelays cannot be negative.");
        }

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures);
    }
}
