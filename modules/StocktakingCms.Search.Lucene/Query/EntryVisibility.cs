using Lucene.Net.Index;
using Lucene.Net.Search;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Indexing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// Which documents a culture's visitors see: each entry once, in their language when it is
/// translated, else in its original (<see cref="SearchFields.VisibleIn"/>, written by the builder).
/// </summary>
public static class EntryVisibility
{
    /// <summary>The culture whose documents a request sees (English for an unknown one).</summary>
    public static string Culture(string? requested) =>
        requested is not null && CmsCultures.IsSupported(requested) ? requested.ToLowerInvariant() : CmsCultures.Default;

    /// <summary>Every document shown in the culture, all with the same score.</summary>
    public static LuceneQuery In(string culture) =>
        new ConstantScoreQuery(new TermQuery(new Term(SearchFields.VisibleIn, culture)));

    /// <summary>The query restricted to the culture's documents, ranked as the query alone.</summary>
    public static LuceneQuery Restrict(LuceneQuery? query, string culture)
    {
        if (query is null)
        {
            return In(culture);
        }

        // A filter adds nothing to a result's score: every result matches it alike.
        var filter = In(culture);
        filter.Boost = 0f;
        return new BooleanQuery(disableCoord: true)
        {
            { query, Occur.MUST },
            { filter, Occur.MUST },
        };
    }
}
