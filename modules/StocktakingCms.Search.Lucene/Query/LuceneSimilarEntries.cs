using StocktakingCms.Entries.Submissions;

namespace StocktakingCms.Search.Lucene.Query;

/// <summary>
/// <see cref="ISimilarEntries"/> by MoreLikeThis: the title and short description being written,
/// compared with every published entry in any language (its words weighed by how rare
/// they are), rather than the SQL version's shared title words. Replaces it while this module is on.
/// </summary>
public sealed class LuceneSimilarEntries(RelatedEntrySearch related) : ISimilarEntries
{
    public Task<IReadOnlyList<SimilarEntry>> FindAsync(SimilarEntryQuery query, CancellationToken cancellationToken = default)
    {
        var like = new RelatedEntryQuery(
            query.Culture,
            query.Title,
            query.ShortDescription,
            Body: null,
            new Dictionary<string, IReadOnlyList<string>>(),
            ExcludeSet: null);
        IReadOnlyList<SimilarEntry> found = [.. related.Find(query.Culture, like, ISimilarEntries.Limit + 1)
            .Where(e => e.ContentItemId != query.ExcludeContentItemId)
            .Take(ISimilarEntries.Limit)
            .Select(e => new SimilarEntry(e.ContentItemId, e.Title, e.OrganisationName, e.Culture, e.Url))];
        return Task.FromResult(found);
    }
}
