using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Indexing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// Which documents a culture's visitors see: each entry once, in their language when it is
/// translated, else in its original (<see cref="SearchFields.VisibleIn"/>, written by the builder).
/// Applied as a filter of bits made once per segment and culture: a query's scorers skip the
/// documents not shown instead of meeting the <c>visibleIn</c> postings at every match.
/// </summary>
public sealed class EntryVisibility
{
    private readonly ConditionalWeakTable<object, FixedBitSet?[]> _segments = [];
    private readonly Dictionary<string, Filter> _filters;

    public EntryVisibility()
    {
        _filters = CmsCultures.All.Select((culture, index) => (culture, index))
            .ToDictionary(c => c.culture, c => (Filter)new ShownIn(this, c.culture, c.index), StringComparer.Ordinal);
    }

    /// <summary>The culture whose documents a request sees (English for an unknown one).</summary>
    public static string Culture(string? requested) =>
        requested is not null && CmsCultures.IsSupported(requested) ? requested.ToLowerInvariant() : CmsCultures.Default;

    /// <summary>The query (every document when null) restricted to the culture's documents, ranked as the query alone.</summary>
    public LuceneQuery Restrict(LuceneQuery? query, string culture) =>
        new FilteredQuery(query ?? new MatchAllDocsQuery(), _filters[Culture(culture)], FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);

    /// <summary>
    /// The segment's documents shown in the culture, deleted ones included (the bits live as long
    /// as the segment's core, which deletions do not change; the search's live documents are applied on top).
    /// </summary>
    private FixedBitSet Shown(AtomicReader reader, string culture, int index)
    {
        var byCulture = _segments.GetValue(reader.CoreCacheKey, _ => new FixedBitSet?[CmsCultures.All.Count]);
        var bits = Volatile.Read(ref byCulture[index]);
        if (bits is null)
        {
            bits = Read(reader, culture);
            Volatile.Write(ref byCulture[index], bits);
        }

        return bits;
    }

    private static FixedBitSet Read(AtomicReader reader, string culture)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        var terms = reader.GetTerms(SearchFields.VisibleIn)?.GetEnumerator();
        if (terms is not null && terms.SeekExact(new BytesRef(culture)))
        {
            var docs = terms.Docs(liveDocs: null, reuse: null, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    private sealed class ShownIn(EntryVisibility visibility, string culture, int index) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
            BitsFilteredDocIdSet.Wrap(visibility.Shown(context.AtomicReader, culture, index), acceptDocs);
    }
}
