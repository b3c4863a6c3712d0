using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// "Newest first" from each segment's publication times copied once into an array (kept for the
/// segment's life, as <see cref="FacetOrdinals"/> are). Lucene's own comparer reads the doc values
/// packed on disk for every matching document: with no words (every entry matches) that read was
/// a third of the query.
/// </summary>
public sealed class NewestFirst : FieldComparerSource, ISegmentWarmer
{
    private readonly ConditionalWeakTable<object, long[]> _segments = [];

    public Sort Sort => new(new SortField(SearchFields.Published, this, reverse: true));

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new TicksComparer(this, numHits);

    public void Warm(AtomicReader segment) => TicksOf(segment);

    private long[] TicksOf(AtomicReader reader) =>
        _segments.GetValue(reader.CoreCacheKey, _ =>
        {
            var ticks = new long[reader.MaxDoc];
            if (reader.GetNumericDocValues(SearchFields.Published) is { } values)
            {
                for (var doc = 0; doc < ticks.Length; doc++)
                {
                    ticks[doc] = values.Get(doc);
                }
            }

            return ticks;
        });

    private sealed class TicksComparer(NewestFirst source, int hits) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] _slots = new long[hits];
        private long[] _segment = [];
        private long _bottom;
        private long _top;

        public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

        public override void SetBottom(int slot) => _bottom = _slots[slot];

        public override void SetTopValue(J2N.Numerics.Int64 value) => _top = value.ToInt64();

        public override int CompareBottom(int doc) => _bottom.CompareTo(_segment[doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_segment[doc]);

        public override void Copy(int slot, int doc) => _slots[slot] = _segment[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _segment = source.TicksOf(context.AtomicReader);
            return this;
        }

        public override J2N.Numerics.Int64 this[int slot] => J2N.Numerics.Int64.GetInstance(_slots[slot]);
    }
}
