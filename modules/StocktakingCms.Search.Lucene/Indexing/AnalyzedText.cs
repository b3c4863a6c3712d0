using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// A text analyzed once, replayed into many documents: a term's label (SDG targets' labels are long
/// sentences) is in every document of an entry tagged with it, and analyzing it again for each
/// was a good part of the cost of a rebuild.
/// </summary>
public sealed class AnalyzedText
{
    private readonly List<(string Term, int Increment)> _tokens = [];

    private AnalyzedText()
    {
    }

    public static AnalyzedText Analyze(Analyzer analyzer, string field, string text)
    {
        var analyzed = new AnalyzedText();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            analyzed._tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return analyzed;
    }

    /// <summary>Codes as tokens of their own (indexed as they are, not analyzed).</summary>
    public static AnalyzedText Codes(IEnumerable<string> codes)
    {
        var analyzed = new AnalyzedText();
        analyzed._tokens.AddRange(codes.Select(c => (c, 1)));
        return analyzed;
    }

    /// <summary>Texts one after the other, as if joined by a line break.</summary>
    public static AnalyzedText Join(IEnumerable<AnalyzedText> texts)
    {
        var joined = new AnalyzedText();
        foreach (var text in texts)
        {
            joined._tokens.AddRange(text._tokens);
        }

        return joined;
    }

    /// <summary>A fresh stream over the tokens (a document consumes and disposes its stream).</summary>
    public TokenStream Replay() => new ReplayStream(_tokens);

    private sealed class ReplayStream : TokenStream
    {
        private readonly List<(string Term, int Increment)> _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public ReplayStream(List<(string Term, int Increment)> tokens)
            : base(DirectAttributeFactory.Instance)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Count)
            {
                return false;
            }

            ClearAttributes();
            var (term, increment) = _tokens[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
