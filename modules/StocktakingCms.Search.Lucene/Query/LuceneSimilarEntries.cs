using StocktakingCms.Entries.Submissions;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// <see cref="ISimilarEntries"/> by MoreLikeThis: the title and short description being written,
/// compared with every published entry in any language (its words weighed by how rare
/// they are), rather than the SQL version's shared title words. Replaces it while this module is on.
/// The same organisation's published entries come first and from the database: the index may lag a
/// moment behind a publication, and an entry published a minute ago is the likeliest duplicate.
/// </summary>
public sealed class LuceneSimilarEntries(RelatedEntrySearch related, SimilarEntries sql) : ISimilarEntries
{
    public async Task<IReadOnlyList<SimilarEntry>> FindAsync(SimilarEntryQuery query, CancellationToken cancellationToken = default)
    {
        var sameOrganisation = await sql.SameOrganisationAsync(query, cancellationToken);

        var like = new RelatedEntryQuery(
            query.Culture,
            query.Title,
            query.ShortDescription,
            Body: null,
            new Dictionary<string, IReadOnlyList<string>>(),
            ExcludeSet: null);
        var byText = related.Find(query.Culture, like, ISimilarEntries.Limit * 2)
            .Select(e => new SimilarEntry(e.ContentItemId, e.Title, e.OrganisationName, e.Culture, e.Url));

        return [.. sameOrganisation.Concat(byText)
            .Where(e => e.ContentItemId != query.ExcludeContentItemId)
            .DistinctBy(e => e.ContentItemId)
            .Take(ISimilarEntries.Limit)];
    }
}
