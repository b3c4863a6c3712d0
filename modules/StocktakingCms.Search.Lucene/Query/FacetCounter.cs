using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// Counts the codes of some facet fields over the matching documents: per segment by ordinal
/// (from <see cref="FacetOrdinals"/>' flat arrays), then turned into codes once the segment is done.
/// </summary>
public sealed class FacetCounter(FacetOrdinals ordinals, IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private FacetOrdinals.SegmentFacet[] _segment = [];
    private int[][] _segmentCounts = [];

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = [.. fields.Select(f => ordinals.For(context.AtomicReader, f) ?? FacetOrdinals.SegmentFacet.Empty)];
        _segmentCounts = [.. _segment.Select(s => new int[s.Codes.Length])];
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _segment.Length; i++)
        {
            var facet = _segment[i];
            if (facet.IsEmpty)
            {
                continue;
            }

            var counts = _segmentCounts[i];
            var ords = facet.Ordinals;
            for (int j = facet.Starts[doc], end = facet.Starts[doc + 1]; j < end; j++)
            {
                counts[ords[j]]++;
            }
        }
    }

    private void Flush()
    {
        for (var i = 0; i < _segment.Length; i++)
        {
            var counts = _counts[fields[i]];
            var codes = _segment[i].Codes;
            var segment = _segmentCounts[i];
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] > 0)
                {
                    counts[codes[ord]] = counts.GetValueOrDefault(codes[ord]) + segment[ord];
                }
            }
        }

        _segment = [];
        _segmentCounts = [];
    }
}
