using System.Globalization;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// This node's place in the indexing log: the id of the last task its indexes include, in
/// <c>{DataPath}/search/cursor</c> beside the indexes it describes (a copied data folder brings
/// its cursor along). No file means no usable index: the worker rebuilds.
/// </summary>
public sealed class IndexCursor(SearchIndexes indexes)
{
    /// <summary>
    /// The layout of the documents the indexes hold, written before the id. A cursor of another
    /// layout reads as none, so a node upgraded to a new layout rebuilds by itself. Layout 2: one
    /// document per version in its language's index (layout 1, no prefix: one per set in each).
    /// </summary>
    private const string Layout = "layout-2 ";

    private string FilePath => Path.Combine(indexes.Root, "cursor");

    private string NodeFilePath => Path.Combine(indexes.Root, "node");

    /// <summary>This node's id in <c>SearchNodes</c>, made once per data folder (a copied folder should get a new one: delete the file).</summary>
    public string NodeId
    {
        get
        {
            if (File.Exists(NodeFilePath) && File.ReadAllText(NodeFilePath).Trim() is { Length: > 0 and <= Data.SearchNode.IdLength } id)
            {
                return id;
            }

            var created = Guid.NewGuid().ToString("N");
            File.WriteAllText(NodeFilePath, created);
            return created;
        }
    }

    public long? Read() =>
        File.Exists(FilePath)
        && File.ReadAllText(FilePath) is var text
        && text.StartsWith(Layout, StringComparison.Ordinal)
        && long.TryParse(text.AsSpan(Layout.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public void Write(long id)
    {
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, Layout + id.ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, FilePath, overwrite: true);
    }
}
