using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;
using StocktakingCms.Search.Lucene.Indexing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The summaries of one page as safe HTML, matched words in &lt;mark&gt;: the summary is read by
/// its language's analyzer and every token whose term the (rewritten) query looks for in that
/// language's summary field is marked, the text between encoded. Lucene's highlighter does the
/// same and then scores fragments; a summary is short, so this keeps the part around the first
/// match, at a fraction of the cost.
/// </summary>
public sealed class SummaryHighlighter(LuceneQuery? query, LanguageAnalyzers analyzers)
{
    public const int SummaryLength = 300;

    /// <summary>How much text before the first match is kept when the summary must be cut.</summary>
    private const int Lead = 60;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, HashSet<string>> _termsByField = new(StringComparer.Ordinal);

    public string Summary(string summary, string language)
    {
        var field = SearchFields.Text(SearchFields.SummaryText, language);
        var terms = query is null ? null : TermsOf(field);
        var marks = terms is { Count: > 0 } ? Matches(field, summary, terms) : [];
        var (start, end) = Window(summary, marks);
        var html = new StringBuilder(end - start + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (from, to) in marks.Where(m => m.From >= start && m.To <= end))
        {
            html.Append(Html.Encode(summary[at..from])).Append("<mark>").Append(Html.Encode(summary[from..to])).Append("</mark>");
            at = to;
        }

        html.Append(Html.Encode(summary[at..end]));
        if (end < summary.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>The query's terms in one field (wildcards already expanded by the rewrite), found once per page.</summary>
    private HashSet<string> TermsOf(string field)
    {
        if (!_termsByField.TryGetValue(field, out var terms))
        {
            terms = QueryTermExtractor.GetTerms(query, prohibited: false, field).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            _termsByField[field] = terms;
        }

        return terms;
    }

    private List<(int From, int To)> Matches(string field, string summary, HashSet<string> terms)
    {
        var marks = new List<(int From, int To)>();
        using var stream = analyzers.Fields.GetTokenStream(field, summary);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var (from, to) = (offset.StartOffset, offset.EndOffset);
            // Tokens at one place (synonyms) are marked once; offsets never leave the text.
            if (to <= summary.Length && from < to && (marks.Count == 0 || from >= marks[^1].To) && terms.Contains(term.ToString()))
            {
                marks.Add((from, to));
            }
        }

        stream.End();
        return marks;
    }

    /// <summary>The whole summary when short enough, else about <see cref="SummaryLength"/> characters around the first match, cut at spaces.</summary>
    private static (int Start, int End) Window(string summary, List<(int From, int To)> marks)
    {
        if (summary.Length <= SummaryLength)
        {
            return (0, summary.Length);
        }

        var start = 0;
        if (marks.Count > 0 && marks[0].To > SummaryLength)
        {
            start = Math.Max(0, Math.Min(marks[0].From - Lead, summary.Length - SummaryLength));
            var space = summary.IndexOf(' ', start, Math.Max(0, marks[0].From - start));
            start = space >= 0 ? space + 1 : start;
        }

        var end = Math.Min(start + SummaryLength, summary.Length);
        if (end < summary.Length && summary.LastIndexOf(' ', end - 1, end - start) is var cut && cut > start + (SummaryLength / 2) && cut > marks.LastOrDefault(m => m.From < end).To)
        {
            end = cut;
        }

        return (start, end);
    }
}
