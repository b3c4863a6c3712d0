using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// One pass over the documents the words match (every document without words) that applies the
/// facet selections, feeds the documents passing all of them to the results' collector and counts
/// every facet of <see cref="SearchFacet.All"/> with drill-sideways: a facet without a selection
/// counts the documents passing every selection; a selected facet counts those passing every
/// selection but its own. A document failing one selection still counts for that facet, one
/// failing two counts nowhere. So the query runs (and its terms are looked up) once, however many
/// facets are selected.
/// A document's codes are read from <see cref="FacetOrdinals"/>' table by slot, in one loop for all
/// facets, and turned into codes once the segment is done.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly FacetOrdinals _ordinals;
    private readonly ICollector _results;

    /// <summary>For each facet of <see cref="SearchFacet.All"/>, the codes selected in it (empty: no selection).</summary>
    private readonly IReadOnlyList<string>[] _selected;

    /// <summary>A bit per facet with a selection.</summary>
    private readonly int _selections;

    private readonly Dictionary<string, int>[] _counts;

    private FacetOrdinals.SegmentFacets? _segment;
    private int[] _starts = [];
    private int[] _slots = [];
    private int[] _segmentCounts = [];

    /// <summary>For each slot of the segment: its facet's bit when the slot is selected, else 0.</summary>
    private int[] _selectedBits = [];

    /// <param name="selected">The codes selected per facet key; facets not given have no selection.</param>
    public FacetCounter(FacetOrdinals ordinals, IReadOnlyDictionary<string, IReadOnlyList<string>> selected, ICollector results)
    {
        _ordinals = ordinals;
        _results = results;
        _selected = [.. SearchFacet.All.Select(f => selected.GetValueOrDefault(f.Key) ?? [])];
        if (_selected.Length > 31)
        {
            throw new InvalidOperationException("A document's selections are tested with one bit per facet: at most 31 facets.");
        }

        for (var i = 0; i < _selected.Length; i++)
        {
            _selections |= _selected[i].Count > 0 ? 1 << i : 0;
        }

        _counts = [.. SearchFacet.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    }

    /// <summary>The counts per facet key, by code.</summary>
    public Dictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return SearchFacet.All.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => _counts[p.i], StringComparer.Ordinal);
        }
    }

    public bool AcceptsDocsOutOfOrder => _results.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _results.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _results.SetNextReader(context);
        var segment = _segment = _ordinals.For(context.AtomicReader);
        _starts = segment.Starts;
        _slots = segment.Slots;
        _segmentCounts = ArrayPool<int>.Shared.Rent(segment.Codes.Length);
        Array.Clear(_segmentCounts, 0, segment.Codes.Length);
        if (_selections == 0)
        {
            return;
        }

        _selectedBits = ArrayPool<int>.Shared.Rent(segment.Codes.Length);
        Array.Clear(_selectedBits, 0, segment.Codes.Length);
        for (var facet = 0; facet < _selected.Length; facet++)
        {
            foreach (var code in _selected[facet])
            {
                if (segment.SlotOf(facet, code) is var slot and >= 0)
                {
                    _selectedBits[slot] = 1 << facet;
                }
            }
        }
    }

    public void Collect(int doc)
    {
        var start = _starts[doc];
        var end = _starts[doc + 1];
        if (_selections == 0)
        {
            _results.Collect(doc);
            CountAll(start, end);
            return;
        }

        var passed = 0;
        for (var j = start; j < end; j++)
        {
            passed |= _selectedBits[_slots[j]];
        }

        // Which selections the document fails: none, one (that facet still counts it) or several.
        var failed = _selections & ~passed;
        if (failed == 0)
        {
            _results.Collect(doc);
            CountAll(start, end);
        }
        else if (BitOperations.IsPow2(failed))
        {
            CountFacet(BitOperations.TrailingZeroCount(failed), start, end);
        }
    }

    private void CountAll(int start, int end)
    {
        var counts = _segmentCounts;
        var slots = _slots;
        for (var j = start; j < end; j++)
        {
            counts[slots[j]]++;
        }
    }

    private void CountFacet(int facet, int start, int end)
    {
        var first = _segment!.FirstSlot[facet];
        var last = _segment.FirstSlot[facet + 1];
        for (var j = start; j < end; j++)
        {
            if (_slots[j] >= first && _slots[j] < last)
            {
                _segmentCounts[_slots[j]]++;
            }
        }
    }

    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        for (var facet = 0; facet < segment.FacetCount; facet++)
        {
            var counts = _counts[facet];
            for (var slot = segment.FirstSlot[facet]; slot < segment.FirstSlot[facet + 1]; slot++)
            {
                if (_segmentCounts[slot] > 0)
                {
                    var code = segment.Codes[slot];
                    counts[code] = counts.GetValueOrDefault(code) + _segmentCounts[slot];
                }
            }
        }

        ArrayPool<int>.Shared.Return(_segmentCounts);
        if (_selections != 0)
        {
            ArrayPool<int>.Shared.Return(_selectedBits);
        }

        _segment = null;
        _segmentCounts = _selectedBits = [];
    }
}
