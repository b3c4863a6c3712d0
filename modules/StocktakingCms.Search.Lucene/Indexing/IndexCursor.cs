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

    public long? Read() =>
        File.Exists(FilePath) && long.TryParse(File.ReadAllText(FilePath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public void Write(long id)
    {
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, id.ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, FilePath, overwrite: true);
    }
}
