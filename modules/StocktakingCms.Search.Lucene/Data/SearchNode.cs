namespace StocktakingCms.Search.Lucene.Data;

/// <summary>
/// One node's place in the indexing log (table <c>SearchNodes</c>): the last task its indexes
/// include, as its cursor on disk says. Tasks below every live node's cursor and older than
/// <c>Search:TaskRetention</c> are deleted; a node not seen for longer than that is no longer
/// waited for, and rebuilds when it comes back.
/// </summary>
public sealed class SearchNode
{
    public const int IdLength = 32;

    /// <summary>Kept in <c>{DataPath}/search/node</c>, beside the indexes and cursor it describes.</summary>
    public string Id { get; set; } = "";

    public long Cursor { get; set; }

    public DateTime SeenUtc { get; set; }
}
