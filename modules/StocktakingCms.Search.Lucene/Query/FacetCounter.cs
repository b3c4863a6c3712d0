using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// One pass over the documents the words match (every document without words) that applies the
/// facet selections, feeds the documents passing all of them to the results' collector and counts
/// every facet with drill-sideways: a facet without a selection counts the documents passing every
/// selection; a selected facet counts those passing every selection but its own. A document failing
/// one selection still counts for that facet, one failing two counts nowhere. So the query runs
/// (and its terms are looked up) once, however many facets are selected.
/// Codes are read per segment from <see cref="FacetOrdinals"/>' flat arrays by ordinal and turned
/// into codes once the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly FacetOrdinals _ordinals;
    private readonly ICollector _results;
    private readonly string[] _fields;

    /// <summary>For each field, the codes selected in it (empty: no selection).</summary>
    private readonly IReadOnlyList<string>[] _selected;

    private readonly int[] _selections;
    private readonly Dictionary<string, int>[] _counts;

    private FacetOrdinals.SegmentFacet[] _segment = [];
    private int[][] _segmentCounts = [];

    /// <summary>For each field with a selection, which of the segment's ordinals are selected.</summary>
    private bool[][] _segmentSelected = [];

    /// <param name="selected">The codes selected per facet field; every field given is counted.</param>
    public FacetCounter(FacetOrdinals ordinals, IReadOnlyDictionary<string, IReadOnlyList<string>> selected, ICollector results)
    {
        _ordinals = ordinals;
        _results = results;
        _fields = [.. selected.Keys];
        _selected = [.. _fields.Select(f => selected[f])];
        _selections = [.. Enumerable.Range(0, _fields.Length).Where(i => _selected[i].Count > 0)];
        _counts = [.. _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    }

    /// <summary>The counts per field, by code.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return _fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => _counts[p.i], StringComparer.Ordinal);
        }
    }

    public bool AcceptsDocsOutOfOrder => _results.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _results.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _results.SetNextReader(context);
        _segment = [.. _fields.Select(f => _ordinals.For(context.AtomicReader, f) ?? FacetOrdinals.SegmentFacet.Empty)];
        _segmentCounts = [.. _segment.Select(s => new int[s.Codes.Length])];
        _segmentSelected = new bool[_fields.Length][];
        foreach (var i in _selections)
        {
            var codes = _segment[i].Codes;
            var selected = _segmentSelected[i] = new bool[codes.Length];
            foreach (var code in _selected[i])
            {
                var ord = Array.IndexOf(codes, code);
                if (ord >= 0)
                {
                    selected[ord] = true;
                }
            }
        }
    }

    public void Collect(int doc)
    {
        // Which selection the document fails: none (-1), one (its field) or several (-2).
        var failed = -1;
        foreach (var i in _selections)
        {
            if (!Passes(i, doc))
            {
                if (failed != -1)
                {
                    return;
                }

                failed = i;
            }
        }

        if (failed == -1)
        {
            _results.Collect(doc);
            for (var i = 0; i < _fields.Length; i++)
            {
                Count(i, doc);
            }
        }
        else
        {
            Count(failed, doc);
        }
    }

    private bool Passes(int field, int doc)
    {
        var facet = _segment[field];
        if (facet.IsEmpty)
        {
            return false;
        }

        var selected = _segmentSelected[field];
        var ords = facet.Ordinals;
        for (int j = facet.Starts[doc], end = facet.Starts[doc + 1]; j < end; j++)
        {
            if (selected[ords[j]])
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int field, int doc)
    {
        var facet = _segment[field];
        if (facet.IsEmpty)
        {
            return;
        }

        var counts = _segmentCounts[field];
        var ords = facet.Ordinals;
        for (int j = facet.Starts[doc], end = facet.Starts[doc + 1]; j < end; j++)
        {
            counts[ords[j]]++;
        }
    }

    private void Flush()
    {
        for (var i = 0; i < _segment.Length; i++)
        {
            var counts = _counts[i];
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
