using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Indexing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The query of plain words (no syntax), built directly instead of by six query parsers: each word
/// is analyzed once per language (a parser analyzes it again for each of the three fields), and
/// fields no index has (no text in some language yet) are left out. Per word: any language's
/// reading in any of its fields (title weighing most), or, read in the visitor's language, the
/// label of a term the entry is classified under (<see cref="TermLabels"/>: "santé" for a French
/// visitor, not for a Spanish one). A word is required when every language keeps it and only
/// ranks when some language drops it as a stop word.
/// </summary>
public sealed class WordsQuery(LanguageAnalyzers analyzers, string culture, TermLabels labels, IReadOnlySet<string> indexedFields)
{
    public static readonly IReadOnlyDictionary<string, float> Boosts = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [SearchFields.TitleText] = 4f,
        [SearchFields.SummaryText] = 2f,
        [SearchFields.BodyText] = 1f,
    };

    public BooleanQuery Build(string words)
    {
        var everyWord = new BooleanQuery();
        foreach (var word in words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var (anyLanguage, languages) = AnyLanguage(word);
            if (languages > 0)
            {
                everyWord.Add(anyLanguage, languages < CmsCultures.All.Count ? Occur.SHOULD : Occur.MUST);
            }
        }

        return everyWord;
    }

    /// <summary>The word as each language reads it, in that language's fields; and how many languages kept it.</summary>
    private (BooleanQuery Query, int Languages) AnyLanguage(string word)
    {
        var anyLanguage = new BooleanQuery();
        var languages = 0;
        foreach (var language in CmsCultures.All)
        {
            var positions = Analyze(analyzers.For(language), SearchFields.Text(SearchFields.TitleText, language), word);
            if (positions.Count == 0)
            {
                continue;
            }

            languages++;
            var anyField = new BooleanQuery(disableCoord: true);
            if (language == culture && labels.Query(positions) is { } labelled)
            {
                anyField.Add(labelled, Occur.SHOULD);
            }

            foreach (var textField in SearchFields.TextFields)
            {
                var field = SearchFields.Text(textField, language);
                if (indexedFields.Contains(field))
                {
                    var query = FieldQuery(field, positions);
                    query.Boost = Boosts[textField];
                    anyField.Add(query, Occur.SHOULD);
                }
            }

            if (anyField.Clauses.Count > 0)
            {
                anyLanguage.Add(anyField, Occur.SHOULD);
            }
        }

        return (anyLanguage, languages);
    }

    /// <summary>As the classic parser with AND as default operator: one term, synonyms of one position, or every position required.</summary>
    private static LuceneQuery FieldQuery(string field, List<List<string>> positions)
    {
        if (positions.Count == 1)
        {
            return AnyOf(field, positions[0]);
        }

        var all = new BooleanQuery();
        foreach (var terms in positions)
        {
            all.Add(AnyOf(field, terms), Occur.MUST);
        }

        return all;
    }

    private static LuceneQuery AnyOf(string field, List<string> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>The word's tokens grouped by position (tokens at one position are synonyms).</summary>
    private static List<List<string>> Analyze(Analyzer analyzer, string field, string word)
    {
        var positions = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(field, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (positions.Count == 0 || increment.PositionIncrement > 0)
            {
                positions.Add([]);
            }

            positions[^1].Add(term.ToString());
        }

        stream.End();
        return positions;
    }
}
