namespace StocktakingCms.Workflows.Timers;

/// <summary>The <c>Workflows:Timers</c> configuration section (names are part of the operator contract, README).</summary>
public sealed class WorkflowTimerOptions
{
    public const string Section = "Workflows:Timers";

    /// <summary>How often each node looks for due timers.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many due timers one node claims at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim keeps other nodes off a timer: a node that dies while firing loses it after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A timer whose actions failed this many times is given up (cancelled, its last error kept).</summary>
    public int MaxAttempts { get; set; } = 5;
}
