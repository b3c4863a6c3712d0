namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>What this node's indexing worker is doing, for the status page (and rebuild requests to it).</summary>
public sealed class IndexingStatus
{
    private volatile bool _rebuildRequested;

    public long LastAppliedTaskId { get; set; }

    public DateTime? LastAppliedUtc { get; set; }

    public bool Rebuilding { get; set; }

    public int RebuildDone { get; set; }

    public int RebuildTotal { get; set; }

    /// <summary>Documents written so far into each new index (by culture) during a rebuild.</summary>
    public IReadOnlyDictionary<string, int> RebuildDocuments { get; set; } = new Dictionary<string, int>();

    /// <summary>Every entry is written; the new indexes are being merged and swapped in.</summary>
    public bool RebuildFinishing { get; set; }

    public DateTime? LastRebuildUtc { get; set; }

    public TimeSpan? LastRebuildDuration { get; set; }

    public string? LastError { get; set; }

    public bool RebuildRequested => _rebuildRequested;

    public void RequestRebuild() => _rebuildRequested = true;

    internal void RebuildStarted() => _rebuildRequested = false;
}
