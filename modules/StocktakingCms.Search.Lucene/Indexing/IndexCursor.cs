using System.Globalization;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// This node's place in the indexing log: the id of the last task its indexes include, in
/// <c>{DataPath}/search/cursor</c> beside the indexes it describes (a copied data folder brings
/// its cursor along). No file means no usable index: the worker rebuilds.
/// </summary>
public sealed class IndexCursor(SearchIndexes indexes)
{
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
        File.Exists(FilePath) && long.TryParse(File.ReadAllText(FilePath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public void Write(long id)
    {
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, id.ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, FilePath, overwrite: true);
    }
}
