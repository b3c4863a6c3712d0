using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Util;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// The analyzer of each site language (Arabic with normalization and light stemming, SmartCn word
/// segmentation, English, French, Russian and Spanish stemming), and one analyzer for whole
/// documents that picks the language from a text field's suffix (<c>title_fr</c>): an entry that
/// exists only in English is analyzed as English in every culture's index.
/// </summary>
public sealed class LanguageAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Dictionary<string, Analyzer> _byCulture = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = new ArabicAnalyzer(Version),
        ["zh"] = new SmartChineseAnalyzer(Version),
        ["en"] = new EnglishAnalyzer(Version),
        ["fr"] = new FrenchAnalyzer(Version),
        ["ru"] = new RussianAnalyzer(Version),
        ["es"] = new SpanishAnalyzer(Version),
    };

    private readonly CodeAnalyzer _codes = new();

    public LanguageAnalyzers()
    {
        Fields = new SuffixAnalyzer(this);
    }

    /// <summary>
    /// For documents and highlighting: the language analyzer named by the field's suffix; fields
    /// without one hold codes (<see cref="CodeAnalyzer"/>).
    /// </summary>
    public Analyzer Fields { get; }

    public Analyzer For(string culture) =>
        _byCulture.TryGetValue(culture, out var analyzer) ? analyzer : _byCulture[CmsCultures.Default];

    public void Dispose()
    {
        foreach (var analyzer in _byCulture.Values)
        {
            analyzer.Dispose();
        }

        _codes.Dispose();
        Fields.Dispose();
    }

    private sealed class SuffixAnalyzer(LanguageAnalyzers analyzers) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            SearchFields.LanguageOf(fieldName) is { Length: > 0 } language ? analyzers.For(language) : analyzers._codes;
    }
}
