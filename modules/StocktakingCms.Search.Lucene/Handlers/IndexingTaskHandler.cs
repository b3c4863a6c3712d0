using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Entries;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Search.Lucene.Handlers;

/// <summary>
/// Appends an indexing task when an entry (or one of its translations) goes online, offline or is
/// removed, in the transaction of that change: if the change rolls back, so does the task. The
/// local worker is woken once the transaction commits; other nodes find the task at their next poll.
/// </summary>
public sealed class IndexingTaskHandler(SearchDbContext db, CmsDbSession session, IndexingSignal signal, TimeProvider clock) : ContentHandler
{
    public override Task PublishedAsync(PublishContentContext context) => AppendAsync(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => AppendAsync(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => AppendAsync(context.ContentItem);

    private Task AppendAsync(ContentItem item)
    {
        if (item.ContentType != EntryFields.ContentType)
        {
            return Task.CompletedTask;
        }

        db.Tasks.Add(new IndexingTask
        {
            LocalizationSet = string.IsNullOrEmpty(item.LocalizationSet) ? item.ContentItemId : item.LocalizationSet,
            ContentItemId = item.ContentItemId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        session.AfterCommit(signal.Wake);
        return Task.CompletedTask;
    }
}
