namespace StocktakingCms.Search.Lucene.ViewModels;

/// <summary>The index status page: this node's indexes against the database's log.</summary>
public sealed record SearchAdminViewModel(
    IReadOnlyDictionary<string, int> Documents,
    long LastAppliedTaskId,
    DateTime? LastAppliedUtc,
    long LastTaskId,
    int Lag,
    bool Rebuilding,
    DateTime? RebuildRetryUtc,
    int RebuildDone,
    int RebuildTotal,
    IReadOnlyDictionary<string, int> RebuildDocuments,
    bool RebuildFinishing,
    DateTime? LastRebuildUtc,
    TimeSpan? LastRebuildDuration,
    string? LastError);
