using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The indexed fields of a searcher's reader, read once per reader (a reader never changes; a
/// refresh opens a new one): queries leave out the fields an index does not have.
/// </summary>
public sealed class IndexedFields
{
    private readonly ConditionalWeakTable<IndexReader, IReadOnlySet<string>> _byReader = [];

    public IReadOnlySet<string> Of(IndexReader reader) =>
        _byReader.GetValue(reader, r => MultiFields.GetIndexedFields(r).ToHashSet(StringComparer.Ordinal));
}
