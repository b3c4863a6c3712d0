using System.Buffers;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Services;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// Searches the entries shown in one culture (<see cref="EntryVisibility"/>). The words are read with every language's analyzer against that
/// language's fields (a French visitor finds an English-only entry by its English words); a
/// syntax error is retried with the text escaped. Facets: OR inside a facet, AND across; each
/// facet is counted without its own selection (drill-sideways), so a visitor can widen it.
/// </summary>
public sealed class EntrySearchService(
    SearchIndexes indexes,
    LanguageAnalyzers analyzers,
    TaxonomyStore taxonomies,
    TermLabelCache labels,
    FacetOrdinals ordinals,
    IndexedFields indexedFields,
    NewestFirst newest)
{
    public async Task<EntrySearchResult> SearchAsync(EntrySearchRequest request, CancellationToken cancellationToken = default)
    {
        request = request.Bounded();
        var culture = EntryVisibility.Culture(request.Culture);
        var trees = await taxonomies.FacetTreesAsync(cancellationToken);
        var termLabels = labels.For(culture, trees);
        var (total, hits, counts) = indexes.Search(searcher => Run(searcher, request, culture, termLabels));
        return new EntrySearchResult(total, request.Page, request.PageSize, hits, LabelFacets(counts, request, culture, trees));
    }

    private (int Total, List<EntryHit> Hits, Dictionary<string, Dictionary<string, int>> Counts) Run(
        IndexSearcher searcher, EntrySearchRequest request, string culture, TermLabels termLabels)
    {
        var text = request.HasText ? ParseText(request.Q!, culture, termLabels, indexedFields.Of(searcher.IndexReader)) : null;
        var top = TopCollector(request, text is not null);
        var counter = new FacetCounter(ordinals, request.Filters, top);
        searcher.Search(EntryVisibility.Restrict(text, culture), counter);
        var counts = counter.Counts;
        var docs = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize);
        var highlights = new SummaryHighlighter(text is null ? null : searcher.Rewrite(text), analyzers);
        var hits = docs.ScoreDocs.Select(d => Hit(searcher, d.Doc, highlights)).ToList();
        return (top.TotalHits, hits, counts);
    }

    /// <summary>
    /// The collector of the page's results. In document order: a collector that accepts any order
    /// lets Lucene try an out-of-order scorer for every boolean query of every segment, which it
    /// builds, finds a required clause in and throws away (a third of a text query's time and
    /// most of its garbage over the six indexes' segments).
    /// </summary>
    private ITopDocsCollector TopCollector(EntrySearchRequest request, bool hasText)
    {
        var wanted = request.Page * request.PageSize;
        var sort = request.Sort switch
        {
            EntrySort.Title => new Sort(new SortField(SearchFields.TitleSort, SortFieldType.STRING)),
            EntrySort.Relevance when hasText => null,
            _ => newest.Sort,
        };
        return sort is null
            ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: true)
            : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
    }

    /// <summary>
    /// Plain words: each word must match, read by any language (so "santé telemedicine" finds an
    /// English entry by a French term label and an English word). With query syntax (quotes,
    /// operators, fields, wildcards): the whole query read by any language.
    /// </summary>
    private BooleanQuery ParseText(string q, string culture, TermLabels termLabels, IReadOnlySet<string> fields)
    {
        if (q.AsSpan().ContainsAny(SyntaxCharacters) || q.Split(' ').Any(w => w is "AND" or "OR" or "NOT"))
        {
            return AnyLanguage(q);
        }

        // A word every analyzer drops (a stop word everywhere) asks for nothing; a word some
        // language drops ("for" in English) cannot be required, or an English text would
        // never match it: it only ranks.
        return new WordsQuery(analyzers, culture, termLabels, fields).Build(q);
    }

    private static readonly SearchValues<char> SyntaxCharacters = SearchValues.Create(['"', '(', ')', '[', ']', '{', '}', ':', '+', '-', '!', '^', '~', '*', '?', '\\', '/', '&', '|']);

    /// <summary>
    /// The text as each language reads it against that language's fields, any language matching.
    /// Term labels are not read here: query syntax (phrases, wildcards) is for the entries' own text.
    /// </summary>
    private BooleanQuery AnyLanguage(string text)
    {
        var anyLanguage = new BooleanQuery();
        foreach (var language in CmsCultures.All)
        {
            var fields = SearchFields.TextFields.Select(f => SearchFields.Text(f, language)).ToArray();
            var boosts = SearchFields.TextFields.ToDictionary(f => SearchFields.Text(f, language), f => WordsQuery.Boosts[f]);
            var parser = new MultiFieldQueryParser(LanguageAnalyzers.Version, fields, analyzers.For(language), boosts)
            {
                DefaultOperator = Operator.AND,
            };
            if (Parse(parser, text) is { } parsed && parsed is not BooleanQuery { Clauses.Count: 0 })
            {
                anyLanguage.Add(parsed, Occur.SHOULD);
            }
        }

        return anyLanguage;
    }

    /// <summary>The visitor's syntax when it parses, else the same text taken literally; null if nothing is left.</summary>
    private static LuceneQuery? Parse(QueryParser parser, string q)
    {
        try
        {
            return parser.Parse(q);
        }
        catch (ParseException)
        {
            try
            {
                return parser.Parse(QueryParserBase.Escape(q));
            }
            catch (ParseException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// A result from its <see cref="HitValue"/> doc value. Every live index has one: an index of
    /// the earlier layout, which could lack it, is rebuilt before it is searched (its cursor reads as none).
    /// </summary>
    private static EntryHit Hit(IndexSearcher searcher, int doc, SummaryHighlighter highlights)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Hit).Get(doc - leaf.DocBase, bytes);
        var value = HitValue.Decode(bytes);
        return new EntryHit(
            value.Id, value.Title, highlights.Summary(value.Summary, value.Language), value.Language, value.OriginalCulture, value.Url,
            value.ActionLines, value.Sdgs, value.Countries);
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> LabelFacets(
        Dictionary<string, Dictionary<string, int>> counts, EntrySearchRequest request, string culture, List<(SearchFacet Facet, TaxonomyTree Tree)> trees)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var byLabel = StringComparer.Create(CmsCultures.Create(culture), ignoreCase: true);
        foreach (var facet in SearchFacet.All)
        {
            TaxonomyTree? tree = trees.FirstOrDefault(t => t.Facet == facet).Tree;
            var selected = request.Selected(facet.Key);
            var facetCounts = counts.GetValueOrDefault(facet.Key) ?? [];
            facets[facet.Key] = [.. facetCounts.Keys.Union(selected, StringComparer.Ordinal)
                .Select(code => new FacetValue(code, Label(tree, facet, code), facetCounts.GetValueOrDefault(code), selected.Contains(code, StringComparer.Ordinal)))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Label, byLabel)];
        }

        return facets;

        string Label(TaxonomyTree? tree, SearchFacet facet, string code) =>
            tree?.Find(code)?.Names.For(culture)
            ?? (facet.Key == SearchFields.Language ? CmsCultures.GetNativeName(code) : code);
    }
}
