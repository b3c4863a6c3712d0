using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Entries.Data;

namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// The SQL version of <see cref="ISimilarEntries"/>: same organisation, or titles sharing its
/// significant words. Used when no search module replaces it (the Lucene one compares the words of
/// the descriptions too, in every language).
/// </summary>
public sealed class SimilarEntries(EntriesDbContext db, ContentsDbContext routes) : ISimilarEntries
{
    public Task<IReadOnlyList<SimilarEntry>> FindAsync(SimilarEntryQuery query, CancellationToken cancellationToken = default) =>
        FindAsync(query.Title, query.OrganisationName, query.ExcludeContentItemId, cancellationToken);

    private async Task<IReadOnlyList<SimilarEntry>> FindAsync(string? title, string? organisation, string? excludeContentItemId, CancellationToken cancellationToken)
    {
        var words = (title ?? "").ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(".,;:!?()[]\"'«»“”".ToCharArray()))
            .Where(w => w.Length >= 4)
            .OrderByDescending(w => w.Length)
            .Take(3)
            .ToList();
        var org = (organisation ?? "").Trim();
        if (words.Count == 0 && org.Length == 0)
        {
            return [];
        }

        // Three fixed slots keep the query plain SQL (LIKE) on both databases.
        var w0 = words.ElementAtOrDefault(0);
        var w1 = words.ElementAtOrDefault(1);
        var w2 = words.ElementAtOrDefault(2);
        var hasOrg = org.Length > 0;
        var matches = await db.Entries.AsNoTracking()
            .Where(e => e.Published && e.ContentItemId != excludeContentItemId)
            .Where(e => (hasOrg && e.OrganisationName == org)
                || (w0 != null && e.TitleSearch.Contains(w0))
                || (w1 != null && e.TitleSearch.Contains(w1))
                || (w2 != null && e.TitleSearch.Contains(w2)))
            .OrderByDescending(e => e.ModifiedUtc)
            .Take(50)
            .Select(e => new { e.ContentItemId, e.Title, e.TitleSearch, e.OrganisationName, e.Culture })
            .ToListAsync(cancellationToken);

        // Ranked in memory on the few candidates: shared words first, then the same organisation.
        var best = matches
            .OrderByDescending(e => words.Count(w => e.TitleSearch.Contains(w, StringComparison.Ordinal)) * 2 + (e.OrganisationName == org ? 1 : 0))
            .Take(ISimilarEntries.Limit)
            .ToList();
        return await WithUrlsAsync([.. best.Select(e => (e.ContentItemId, e.Title, e.OrganisationName, e.Culture))], cancellationToken);
    }

    /// <summary>
    /// The organisation's own published entries, newest first: the likeliest duplicates, read
    /// from the database so an entry published a moment ago is among them (a search module's
    /// look-alikes put these first).
    /// </summary>
    public async Task<IReadOnlyList<SimilarEntry>> SameOrganisationAsync(SimilarEntryQuery query, CancellationToken cancellationToken = default)
    {
        var org = (query.OrganisationName ?? "").Trim();
        if (org.Length == 0)
        {
            return [];
        }

        var exclude = query.ExcludeContentItemId;
        var found = await db.Entries.AsNoTracking()
            .Where(e => e.Published && e.OrganisationName == org && e.ContentItemId != exclude)
            .OrderByDescending(e => e.ModifiedUtc)
            .Take(ISimilarEntries.Limit)
            .Select(e => new { e.ContentItemId, e.Title, e.OrganisationName, e.Culture })
            .ToListAsync(cancellationToken);
        return await WithUrlsAsync([.. found.Select(e => (e.ContentItemId, e.Title, e.OrganisationName, e.Culture))], cancellationToken);
    }

    private async Task<IReadOnlyList<SimilarEntry>> WithUrlsAsync(
        List<(string ContentItemId, string Title, string OrganisationName, string Culture)> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.ContentItemId).ToList();
        var urls = await routes.AutorouteEntries.AsNoTracking()
            .Where(r => r.Published && ids.Contains(r.ContentItemId))
            .ToDictionaryAsync(r => r.ContentItemId, r => $"/{r.Culture}/{r.Slug}", cancellationToken);
        return [.. entries.Select(e => new SimilarEntry(e.ContentItemId, e.Title, e.OrganisationName, e.Culture, urls.GetValueOrDefault(e.ContentItemId)))];
    }
}
