using StocktakingCms.Core.Localization;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>What this node's indexing worker is doing, for the status page (and rebuild requests to it).</summary>
public sealed class IndexingStatus
{
    private readonly Lock _requests = new();

    /// <summary>The cultures whose index is to be rebuilt (all six: a full rebuild).</summary>
    private readonly HashSet<string> _requested = new(StringComparer.Ordinal);

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

    /// <summary>When a failed rebuild is tried again (null while none has failed since the last success).</summary>
    public DateTime? RebuildRetryUtc { get; set; }

    public bool RebuildRequested
    {
        get
        {
            lock (_requests)
            {
                return _requested.Count > 0;
            }
        }
    }

    /// <summary>Asks the worker to rebuild one language's index, or every index (<paramref name="culture"/> null).</summary>
    public void RequestRebuild(string? culture = null) => RequestRebuild(culture is null ? CmsCultures.All : [culture]);

    public void RequestRebuild(IEnumerable<string> cultures)
    {
        lock (_requests)
        {
            _requested.UnionWith(cultures);
        }
    }

    /// <summary>The cultures whose index is to be rebuilt; the request is cleared (one made meanwhile waits for the next rebuild).</summary>
    internal IReadOnlySet<string> TakeRebuildRequest()
    {
        lock (_requests)
        {
            var requested = _requested.ToHashSet(StringComparer.Ordinal);
            _requested.Clear();
            return requested;
        }
    }
}
