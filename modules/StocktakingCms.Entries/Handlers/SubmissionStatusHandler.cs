using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Submissions;

namespace StocktakingCms.Entries.Handlers;

/// <summary>
/// Keeps "My entries" truthful when an editor publishes a submitted entry: the submission that
/// sent it for review becomes published, in the same transaction.
/// </summary>
public sealed class SubmissionStatusHandler(EntriesDbContext db, TimeProvider clock) : ContentHandler
{
    public override async Task PublishedAsync(PublishContentContext context)
    {
        if (context.ContentItem.ContentType != EntryFields.ContentType)
        {
            return;
        }

        var id = context.ContentItem.ContentItemId;
        var waiting = await db.Submissions
            .Where(s => s.ContentItemId == id && (s.Status == SubmissionStatus.Submitted || s.Status == SubmissionStatus.ChangesRequested))
            .ToListAsync();
        foreach (var submission in waiting)
        {
            submission.Status = SubmissionStatus.Published;
            submission.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        }
    }
}
