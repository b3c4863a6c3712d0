namespace StocktakingCms.Entries.Submissions;

public sealed record SimilarEntry(string ContentItemId, string Title, string OrganisationName, string Culture, string? Url);

/// <summary>What an entry being written says about itself, to find published entries like it.</summary>
/// <param name="Culture">The language it is written in (and of the visitor).</param>
/// <param name="ExcludeContentItemId">The entry itself, when it is an update of a published one.</param>
public sealed record SimilarEntryQuery(
    string? Title,
    string? OrganisationName,
    string? ShortDescription,
    string Culture,
    string? ExcludeContentItemId);

/// <summary>
/// Published entries that look like the one being submitted, shown before submitting so a project
/// sent every year becomes an update rather than a duplicate. Entries provides a SQL version
/// (<see cref="SimilarEntries"/>); a search module may register a better one (the last
/// registration wins).
/// </summary>
public interface ISimilarEntries
{
    public const int Limit = 5;

    Task<IReadOnlyList<SimilarEntry>> FindAsync(SimilarEntryQuery query, CancellationToken cancellationToken = default);
}
