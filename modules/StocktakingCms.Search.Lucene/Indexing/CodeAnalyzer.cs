using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Reads a code field's value (<c>C7␟C7-e-health</c>) as its codes, unchanged: no lower-casing,
/// no stemming. Codes are given as one string per field so that the writer analyzes them with a
/// stream it keeps per thread; a token stream made per field and document cost the indexing
/// chain a dozen attribute registrations each (a seventh of a rebuild).
/// </summary>
public sealed class CodeAnalyzer : Analyzer
{
    /// <summary>Between two codes of a field: a control character no code has.</summary>
    public const char Separator = '\u001F';

    public static string Join(IEnumerable<string> codes) => string.Join(Separator, codes);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new CodeTokenizer(reader));

    private sealed class CodeTokenizer(TextReader reader) : CharTokenizer(LanguageAnalyzers.Version, reader)
    {
        protected override bool IsTokenChar(int c) => c != Separator;
    }
}
