using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using StocktakingCms.Core.Localization;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>An entry's text and codes, to find entries like it.</summary>
/// <param name="Language">The language of the text (its analyzer, its fields).</param>
/// <param name="Codes">Facet key → codes the entry has (shared action lines, SDGs... count too); empty for a text-only comparison.</param>
/// <param name="ExcludeSet">The entry's own localization set, never returned.</param>
public sealed record RelatedEntryQuery(
    string Language,
    string? Title,
    string? Summary,
    string? Body,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Codes,
    string? ExcludeSet);

/// <param name="Culture">The language of the title (the original's when the entry has no translation in the searched culture).</param>
public sealed record RelatedEntry(string ContentItemId, string Title, string OrganisationName, string Culture, string Url);

/// <summary>
/// MoreLikeThis over the entries shown in one culture: the entry's most characteristic words (frequent in it,
/// rare in the index), read with its language's analyzer against that language's fields, plus a
/// small weight for each shared classification code.
/// </summary>
public sealed class RelatedEntrySearch(SearchIndexes indexes, LanguageAnalyzers analyzers)
{
    private const float CodeBoost = 0.3f;
    private const float OtherLanguageBoost = 0.5f;

    public IReadOnlyList<RelatedEntry> Find(string culture, RelatedEntryQuery like, int limit) =>
        indexes.Search<IReadOnlyList<RelatedEntry>>(searcher =>
        {
            var similar = Similar(searcher.IndexReader, like);
            if (similar.Clauses.Count == 0)
            {
                return [];
            }

            var query = new BooleanQuery { { EntryVisibility.Restrict(similar, EntryVisibility.Culture(culture)), Occur.MUST } };
            if (like.ExcludeSet is { Length: > 0 } exclude)
            {
                query.Add(new TermQuery(new Term(SearchFields.Set, exclude)), Occur.MUST_NOT);
            }

            return [.. searcher.Search(query, limit).ScoreDocs.Select(hit => Related(searcher.Doc(hit.Doc)))];
        });

    /// <summary>At least one characteristic word in common (codes alone do not make two projects alike), shared codes ranking higher.</summary>
    private BooleanQuery Similar(IndexReader reader, RelatedEntryQuery like)
    {
        var language = EntryVisibility.Culture(like.Language);
        var words = new BooleanQuery();
        var moreLikeThis = new MoreLikeThis(reader)
        {
            Analyzer = analyzers.Fields,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = 20,
        };
        // Read by every language against its fields, as visitors' words are: an English-only entry
        // shares names and words with a French one (its own language's reading weighs the most).
        foreach (var reading in CmsCultures.All)
        {
            foreach (var (field, text) in new[] { (SearchFields.TitleText, like.Title), (SearchFields.SummaryText, like.Summary), (SearchFields.BodyText, like.Body) })
            {
                var name = SearchFields.Text(field, reading);
                // Term weights come from the document frequencies in FieldNames (default: "contents").
                moreLikeThis.FieldNames = [name];
                if (!string.IsNullOrWhiteSpace(text)
                    && moreLikeThis.Like(new StringReader(text), name) is BooleanQuery { Clauses.Count: > 0 } characteristic)
                {
                    characteristic.Boost = reading == language ? 1f : OtherLanguageBoost;
                    words.Add(characteristic, Occur.SHOULD);
                }
            }
        }

        var similar = new BooleanQuery();
        if (words.Clauses.Count == 0)
        {
            return similar;
        }

        similar.Add(words, Occur.MUST);
        foreach (var (facet, codes) in like.Codes)
        {
            foreach (var code in codes)
            {
                similar.Add(new TermQuery(new Term(facet, code)) { Boost = CodeBoost }, Occur.SHOULD);
            }
        }

        return similar;
    }

    private static RelatedEntry Related(Document document)
    {
        string Stored(string field) => document.Get(field, CultureInfo.InvariantCulture) ?? "";
        return new RelatedEntry(Stored(SearchFields.Id), Stored(SearchFields.Title), Stored(SearchFields.Organisation), Stored(SearchFields.Language), Stored(SearchFields.Url));
    }
}
