using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Codes as the tokens of one field (indexed as they are, not analyzed): a field per code cost a
/// token stream each, most of a code's indexing time.
/// </summary>
public static class CodeTokens
{
    public static TokenStream Of(IReadOnlyList<string> codes) => new CodeStream(codes);

    private sealed class CodeStream : TokenStream
    {
        private readonly IReadOnlyList<string> _codes;
        private readonly ICharTermAttribute _term;
        private int _next;

        public CodeStream(IReadOnlyList<string> codes)
            : base(DirectAttributeFactory.Instance)
        {
            _codes = codes;
            _term = AddAttribute<ICharTermAttribute>();
        }

        /// <summary>
        /// Sets only the term: the other attributes keep their defaults (position increment 1, no
        /// offsets), and clearing every attribute per token was a tenth of the stream's time.
        /// </summary>
        public override bool IncrementToken()
        {
            if (_next >= _codes.Count)
            {
                return false;
            }

            _term.SetEmpty().Append(_codes[_next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
