using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// Counts the codes of some facet fields over the matching documents, from their sorted-set doc
/// values: per segment by ordinal, then turned into codes once the segment is done.
/// </summary>
public sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private SortedSetDocValues?[] _values = [];
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
        _values = [.. fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f))];
        _segmentCounts = [.. _values.Select(v => new int[v?.ValueCount ?? 0])];
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            var counts = _counts[fields[i]];
            var segment = _segmentCounts[i];
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var code = term.Utf8ToString();
                    counts[code] = counts.GetValueOrDefault(code) + segment[ord];
                }
            }
        }

        _values = [];
        _segmentCounts = [];
    }
}
