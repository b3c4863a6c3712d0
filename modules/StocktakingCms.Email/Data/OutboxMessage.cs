namespace StocktakingCms.Email.Data;

/// <summary>
/// A rendered mail waiting in, or kept by, the outbox (table <c>EmailOutbox</c>). Status follows
/// from the times: sent when <see cref="SentUtc"/> is set, given up when neither it nor
/// <see cref="NextAttemptUtc"/> is, queued otherwise.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressLength = 320;
    public const int ErrorLength = 2000;

    public long Id { get; set; }

    /// <summary>The template it was rendered from, for the admin list and logs.</summary>
    public string Template { get; set; } = "";

    public string ToAddress { get; set; } = "";

    public string? ToName { get; set; }

    /// <summary>One of the six site cultures: the one the mail was rendered in.</summary>
    public string Culture { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Attempts made so far, successful or not.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once sent or given up.</summary>
    public DateTime? NextAttemptUtc { get; set; }

    /// <summary>A node is sending it until then; other nodes leave it alone.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>Which claim holds it, so a node only finishes the mails it claimed.</summary>
    public string? ClaimToken { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    public OutboxStatus Status => SentUtc is not null ? OutboxStatus.Sent : NextAttemptUtc is null ? OutboxStatus.Failed : OutboxStatus.Queued;
}

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}
