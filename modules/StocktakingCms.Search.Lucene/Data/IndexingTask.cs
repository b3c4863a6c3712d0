namespace StocktakingCms.Search.Lucene.Data;

/// <summary>
/// One line of the append-only indexing log (table <c>SearchIndexingTasks</c>): "the entries of
/// this localization set changed". Written in the transaction of the change; every node applies
/// the log from its own cursor by re-reading the set's published versions, so applying a task
/// twice is harmless.
/// </summary>
public sealed class IndexingTask
{
    public const int IdLength = 64;

    /// <summary>The set of a task that asks every node to rebuild (term labels changed: every entry's labels may have).</summary>
    public const string Everything = "*";

    public long Id { get; set; }

    public string LocalizationSet { get; set; } = "";

    /// <summary>The item whose change wrote the task (for the status page and logs).</summary>
    public string ContentItemId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
