using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The indexed fields of a reader: queries leave out the fields no index has. Read once per
/// segment (segments never change; the combined reader of a search is new each time).
/// </summary>
public sealed class IndexedFields
{
    private readonly ConditionalWeakTable<object, string[]> _bySegment = [];

    public IReadOnlySet<string> Of(IndexReader reader)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            fields.UnionWith(_bySegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ =>
                [.. leaf.AtomicReader.FieldInfos.Where(f => f.IsIndexed).Select(f => f.Name)]));
        }

        return fields;
    }
}
