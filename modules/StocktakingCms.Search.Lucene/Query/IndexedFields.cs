using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The indexed fields of a reader: queries leave out the fields no index has. Read once per
/// segment (segments never change; the combined reader of a search is new each time).
/// </summary>
public sealed class IndexedFields : ISegmentWarmer
{
    private readonly ConditionalWeakTable<object, string[]> _bySegment = [];

    public IReadOnlySet<string> Of(IndexReader reader)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            fields.UnionWith(Of(leaf.AtomicReader));
        }

        return fields;
    }

    public void Warm(AtomicReader segment) => Of(segment);

    private string[] Of(AtomicReader segment) =>
        _bySegment.GetValue(segment.CoreCacheKey, _ => [.. segment.FieldInfos.Where(f => f.IsIndexed).Select(f => f.Name)]);
}
