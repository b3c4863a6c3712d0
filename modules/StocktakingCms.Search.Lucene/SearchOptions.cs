namespace StocktakingCms.Search.Lucene;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How often a node looks for indexing tasks written by other nodes (its own wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a task id may stay invisible after a higher one is seen (a transaction that took an
    /// id earlier but commits later). The on-disk cursor only moves past tasks older than this.
    /// </summary>
    public TimeSpan SettleWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Indexing tasks older than this and applied by every node are deleted; a node away for longer
    /// rebuilds its indexes when it comes back.
    /// </summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a failed rebuild waits before it is tried again (changes are applied meanwhile).</summary>
    public TimeSpan RebuildRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tasks read and applied per batch (one commit of every index per batch).</summary>
    public int BatchSize { get; set; } = 200;
}
