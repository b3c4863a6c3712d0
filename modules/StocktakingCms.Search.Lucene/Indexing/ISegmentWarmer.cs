using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// A per-segment cache filled when a searcher opens on a new segment, on the thread that refreshes
/// (the indexing worker), so that no visitor's search pays for reading a freshly merged segment.
/// </summary>
public interface ISegmentWarmer
{
    void Warm(AtomicReader segment);
}

/// <summary>Warms every new segment of a searcher before searches get it.</summary>
internal sealed class WarmingSearcherFactory(IReadOnlyList<ISegmentWarmer> warmers) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            foreach (var warmer in warmers)
            {
                warmer.Warm(leaf.AtomicReader);
            }
        }

        return base.NewSearcher(reader);
    }
}
