using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Entries.Data;

namespace StocktakingCms.Entries.Submissions;

/// <summary>One entry's page in My entries: its latest submission, where it is online, and the blocks of other modules.</summary>
public sealed record MyEntryViewModel(MyEntry Entry, Submission Latest, string? PublishedUrl, IReadOnlyList<MyEntrySectionShape> Sections);

/// <summary>
/// Builds a contributor's page for one entry. The page exists only for the person who submitted
/// the entry: anyone else gets null (404, so as not to confirm that the entry exists).
/// </summary>
public sealed class MyEntryPage(EntriesDbContext db, ContentsDbContext routes, IEnumerable<IMyEntrySection> sections, ModuleState modules)
{
    /// <summary>The entry as its owner sees it, or null when <paramref name="userId"/> submitted no version of it.</summary>
    public async Task<MyEntry?> FindMineAsync(string userId, string contentItemId, CancellationToken cancellationToken = default) =>
        await LatestAsync(userId, contentItemId, cancellationToken) is { } latest ? Describe(latest, contentItemId) : null;

    public async Task<MyEntryViewModel?> BuildAsync(string userId, string contentItemId, CancellationToken cancellationToken = default)
    {
        if (await LatestAsync(userId, contentItemId, cancellationToken) is not { } latest)
        {
            return null;
        }

        var entry = Describe(latest, contentItemId);
        var url = await routes.AutorouteEntries.AsNoTracking()
            .Where(r => r.Published && r.ContentItemId == contentItemId)
            .Select(r => "/" + r.Culture + "/" + r.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        var blocks = new List<MyEntrySectionShape>();
        foreach (var section in modules.Enabled(sections))
        {
            if (await section.BuildAsync(entry, cancellationToken) is { } block)
            {
                blocks.Add(block);
            }
        }

        return new MyEntryViewModel(entry, latest, url, [.. blocks.OrderBy(b => b.Position)]);
    }

    /// <summary>A published entry with an update under way has two submissions: the page follows the newer.</summary>
    private Task<Submission?> LatestAsync(string userId, string contentItemId, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking()
            .Where(s => s.OwnerUserId == userId && s.ContentItemId == contentItemId)
            .OrderByDescending(s => s.UpdatedUtc)
            .FirstOrDefaultAsync(cancellationToken);

    private static MyEntry Describe(Submission latest, string contentItemId) =>
        new(contentItemId, latest.Title, latest.Culture, latest.OwnerUserId);
}
