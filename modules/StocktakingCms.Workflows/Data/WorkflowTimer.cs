namespace StocktakingCms.Workflows.Data;

/// <summary>
/// A timer started when an item entered a state (<see cref="Models.WorkflowTimerDefinition"/>):
/// due at a time, claimed by one node, then fired or cancelled. Rows are kept as the record of
/// what fired when and where.
/// </summary>
public sealed class WorkflowTimer
{
    public const int ErrorLength = 2000;

    public long Id { get; set; }

    public long InstanceId { get; set; }

    /// <summary>The state that started it: the timer only fires while the item is still there.</summary>
    public string State { get; set; } = "";

    /// <summary>The timer's name in that state's definition (its kind, e.g. <c>remind-reviewer</c>).</summary>
    public string Name { get; set; } = "";

    public DateTime DueUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The node that claimed it for firing, and until when other nodes leave it alone.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime? FiredUtc { get; set; }

    public string? FiredBy { get; set; }

    /// <summary>The item left the state first, or the timer failed too often.</summary>
    public DateTime? CancelledUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
