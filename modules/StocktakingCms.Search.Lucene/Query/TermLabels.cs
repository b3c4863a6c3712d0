using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Services;
using LuceneQuery = Lucene.Net.Search.Query;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// The labels of the faceted taxonomies' terms in one culture, analyzed once, as an index from a
/// token to the codes whose label has it. A visitor's word that is in a label ("santé" in French)
/// finds the entries classified under that term by their code: the labels are not indexed in
/// every document (they were a large share of a rebuild's tokens), and a renamed term is found by
/// its new label as soon as the taxonomy is read again, without a rebuild.
/// </summary>
public sealed class TermLabels
{
    /// <summary>A label match weighs as much as it did as a field of its own: between the summary and the body.</summary>
    public const float Boost = 1.5f;

    private readonly Dictionary<string, HashSet<(string Field, string Code)>> _byToken = new(StringComparer.Ordinal);

    private TermLabels()
    {
    }

    public static readonly TermLabels None = new();

    public static TermLabels Build(IEnumerable<(SearchFacet Facet, TaxonomyTree Tree)> facets, Analyzer analyzer, string culture)
    {
        var labels = new TermLabels();
        foreach (var (facet, tree) in facets)
        {
            foreach (var term in tree.Taxonomy.AllTerms())
            {
                foreach (var token in Tokens(analyzer, term.Names.For(culture)))
                {
                    (labels._byToken.TryGetValue(token, out var codes) ? codes : labels._byToken[token] = []).Add((facet.Key, term.Code));
                }
            }
        }

        return labels;
    }

    /// <summary>
    /// Any term whose label has every position of the word (a position's tokens are synonyms), as
    /// its code; null when no label has it.
    /// </summary>
    public LuceneQuery? Query(IReadOnlyList<IReadOnlyList<string>> positions)
    {
        HashSet<(string Field, string Code)>? matching = null;
        foreach (var synonyms in positions)
        {
            var here = new HashSet<(string Field, string Code)>();
            foreach (var token in synonyms)
            {
                if (_byToken.TryGetValue(token, out var codes))
                {
                    here.UnionWith(codes);
                }
            }

            if (matching is null)
            {
                matching = here;
            }
            else
            {
                matching.IntersectWith(here);
            }
        }

        if (matching is not { Count: > 0 })
        {
            return null;
        }

        // One filter over all the codes rather than a scored query per code: a common word ("health")
        // is in dozens of labels, and a label match ranks the same whichever term it is in.
        return new ConstantScoreQuery(new TermsFilter([.. matching.Select(m => new Term(m.Field, m.Code))])) { Boost = Boost };
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.TermsLabel, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
