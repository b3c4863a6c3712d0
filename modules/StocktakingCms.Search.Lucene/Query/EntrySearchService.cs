using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Services;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// Searches one culture's index. The words are read with every language's analyzer against that
/// language's fields (a French visitor finds an English-only entry by its English words); a
/// syntax error is retried with the text escaped. Facets: OR inside a facet, AND across; each
/// facet is counted without its own selection (drill-sideways), so a visitor can widen it.
/// </summary>
public sealed class EntrySearchService(SearchIndexes indexes, LanguageAnalyzers analyzers, TaxonomyStore taxonomies, FacetOrdinals ordinals)
{
    private const int SummaryLength = 300;

    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        [SearchFields.TitleText] = 4f,
        [SearchFields.SummaryText] = 2f,
        [SearchFields.BodyText] = 1f,
        [SearchFields.TermsText] = 1.5f,
    };

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<EntrySearchResult> SearchAsync(EntrySearchRequest request, CancellationToken cancellationToken = default)
    {
        request = request.Bounded();
        var culture = CmsCultures.IsSupported(request.Culture) ? request.Culture.ToLowerInvariant() : CmsCultures.Default;
        var text = request.HasText ? ParseText(request.Q!) : null;
        var (total, hits, counts) = indexes.Search(culture, searcher => Run(searcher, request, text));
        return new EntrySearchResult(total, request.Page, request.PageSize, hits, await LabelAsync(counts, request, culture, cancellationToken));
    }

    private (int Total, List<EntryHit> Hits, Dictionary<string, Dictionary<string, int>> Counts) Run(
        IndexSearcher searcher, EntrySearchRequest request, LuceneQuery? text)
    {
        var selected = SearchFacet.All.Where(f => request.Selected(f.Key).Count > 0).ToList();
        var counter = new FacetCounter(ordinals, [.. SearchFacet.All.Except(selected).Select(f => f.Key)]);
        var top = TopCollector(request, text is not null);
        searcher.Search(Filtered(text, request, except: null), MultiCollector.Wrap(top, counter));
        var counts = new Dictionary<string, Dictionary<string, int>>(counter.Counts, StringComparer.Ordinal);

        // Drill-sideways: each selected facet counted as if only the other facets were selected.
        foreach (var facet in selected)
        {
            var sideways = new FacetCounter(ordinals, [facet.Key]);
            searcher.Search(Filtered(text, request, except: facet), sideways);
            counts[facet.Key] = sideways.Counts[facet.Key];
        }

        var docs = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize);
        var highlights = new Highlights(text is null ? null : searcher.Rewrite(text), analyzers.Fields);
        var hits = docs.ScoreDocs.Select(d => Hit(searcher.Doc(d.Doc), highlights)).ToList();
        return (top.TotalHits, hits, counts);
    }

    private static ITopDocsCollector TopCollector(EntrySearchRequest request, bool hasText)
    {
        var wanted = request.Page * request.PageSize;
        var sort = request.Sort switch
        {
            EntrySort.Title => new Sort(new SortField(SearchFields.TitleSort, SortFieldType.STRING)),
            EntrySort.Relevance when hasText => null,
            _ => new Sort(new SortField(SearchFields.Published, SortFieldType.INT64, reverse: true)),
        };
        return sort is null
            ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
    }

    /// <summary>The words (or everything) and every selected facet but <paramref name="except"/>.</summary>
    private static BooleanQuery Filtered(LuceneQuery? text, EntrySearchRequest request, SearchFacet? except)
    {
        var query = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var facet in SearchFacet.All)
        {
            var values = request.Selected(facet.Key);
            if (facet == except || values.Count == 0)
            {
                continue;
            }

            var anyOf = new BooleanQuery();
            foreach (var value in values)
            {
                anyOf.Add(new TermQuery(new Term(facet.Key, value)), Occur.SHOULD);
            }

            // A filter, not a score: matching more of the selected values ranks no higher.
            query.Add(new ConstantScoreQuery(anyOf) { Boost = 0 }, Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// Plain words: each word must match, read by any language (so "santé telemedicine" finds an
    /// English entry by a French term label and an English word). With query syntax (quotes,
    /// operators, fields, wildcards): the whole query read by any language.
    /// </summary>
    private BooleanQuery ParseText(string q)
    {
        if (q.AsSpan().ContainsAny(SyntaxCharacters) || q.Split(' ').Any(w => w is "AND" or "OR" or "NOT"))
        {
            return AnyLanguage(q);
        }

        var everyWord = new BooleanQuery();
        foreach (var word in q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A word every analyzer drops (a stop word everywhere) asks for nothing; a word some
            // language drops ("for" in English) cannot be required, or an English text would
            // never match it: it only ranks.
            if (AnyLanguage(word) is { Clauses.Count: > 0 } any)
            {
                everyWord.Add(any, any.Clauses.Count < CmsCultures.All.Count ? Occur.SHOULD : Occur.MUST);
            }
        }

        return everyWord;
    }

    private static readonly SearchValues<char> SyntaxCharacters = SearchValues.Create(['"', '(', ')', '[', ']', '{', '}', ':', '+', '-', '!', '^', '~', '*', '?', '\\', '/', '&', '|']);

    /// <summary>The text as each language reads it against that language's fields, any language matching.</summary>
    private BooleanQuery AnyLanguage(string text)
    {
        var anyLanguage = new BooleanQuery();
        foreach (var language in CmsCultures.All)
        {
            var fields = SearchFields.TextFields.Select(f => SearchFields.Text(f, language)).ToArray();
            var boosts = SearchFields.TextFields.ToDictionary(f => SearchFields.Text(f, language), f => Boosts[f]);
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

    private static EntryHit Hit(Document document, Highlights highlights)
    {
        var language = Stored(document, SearchFields.Language) ?? CmsCultures.Default;
        var summary = Stored(document, SearchFields.Summary) ?? "";
        return new EntryHit(
            Stored(document, SearchFields.Id) ?? "",
            Stored(document, SearchFields.Title) ?? "",
            highlights.Summary(summary, language),
            language,
            Stored(document, SearchFields.OriginalCulture) ?? language,
            Stored(document, SearchFields.Url) ?? "",
            document.GetValues(SearchFacet.ActionLine.Key, CultureInfo.InvariantCulture),
            document.GetValues(SearchFacet.Sdg.Key, CultureInfo.InvariantCulture),
            document.GetValues(SearchFacet.Country.Key, CultureInfo.InvariantCulture));
    }

    private static string? Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>> LabelAsync(
        Dictionary<string, Dictionary<string, int>> counts, EntrySearchRequest request, string culture, CancellationToken cancellationToken)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var byLabel = StringComparer.Create(CmsCultures.Create(culture), ignoreCase: true);
        foreach (var facet in SearchFacet.All)
        {
            var tree = facet.Taxonomy is null ? null : await taxonomies.GetAsync(facet.Taxonomy, cancellationToken);
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

    /// <summary>
    /// The summaries of one page as safe HTML, matched words in &lt;mark&gt;. One term scorer per
    /// language of the page, made once from the rewritten query (wildcards expanded): scoring each
    /// summary by span extraction instead cost megabytes per page.
    /// </summary>
    private sealed class Highlights(LuceneQuery? query, Analyzer analyzer)
    {
        private readonly Dictionary<string, Highlighter> _byField = new(StringComparer.Ordinal);

        public string Summary(string summary, string language)
        {
            if (query is not null)
            {
                var field = SearchFields.Text(SearchFields.SummaryText, language);
                if (!_byField.TryGetValue(field, out var highlighter))
                {
                    highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SafeHtmlEncoder(), new QueryTermScorer(query, field))
                    {
                        TextFragmenter = new SimpleFragmenter(SummaryLength),
                    };
                    _byField[field] = highlighter;
                }

                try
                {
                    if (highlighter.GetBestFragment(analyzer, field, summary) is { Length: > 0 } fragment)
                    {
                        return fragment;
                    }
                }
                catch (InvalidTokenOffsetsException)
                {
                    // Fall through to the plain summary.
                }
            }

            return Html.Encode(summary.Length <= SummaryLength ? summary : summary[..SummaryLength] + "…");
        }
    }

    /// <summary>HTML-encodes text between highlights, keeping non-Latin letters readable.</summary>
    private sealed class SafeHtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => Html.Encode(originalText);
    }
}
