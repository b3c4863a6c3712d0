using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Entries;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Search.Lucene.Handlers;

/// <summary>
/// Appends an indexing task when an entry (or one of its translations) goes online, offline or is
/// removed, in the transaction of that change: if the change rolls back, so does the task. The
/// local worker is woken once the transaction commits; other nodes find the task at their next poll.
/// A taxonomy that entries are searched by asks every node for a rebuild when it is published with
/// other codes or parents: a document holds each chosen code with its ancestors. A change of labels
/// alone rebuilds nothing, since labels are matched at query time (<see cref="Query.TermLabels"/>).
/// </summary>
public sealed class IndexingTaskHandler(SearchDbContext db, CmsDbSession session, IndexingSignal signal, TimeProvider clock) : ContentHandler
{
    public override Task PublishedAsync(PublishContentContext context)
    {
        if (context.ContentItem.Get<TaxonomyPart>() is { } taxonomy)
        {
            return SearchFacet.All.Any(f => f.Taxonomy == taxonomy.Code) && AncestryChanged(context.PreviousPublished?.Get<TaxonomyPart>(), taxonomy)
                ? AppendAsync(IndexingTask.Everything, context.ContentItem.ContentItemId)
                : Task.CompletedTask;
        }

        return AppendAsync(context.ContentItem);
    }

    private static bool AncestryChanged(TaxonomyPart? before, TaxonomyPart after) =>
        before is null || before.Code != after.Code || !Ancestry(before).SetEquals(Ancestry(after));

    /// <summary>Each term's code with its parent's: all that documents hold of a taxonomy.</summary>
    private static HashSet<(string Code, string? Parent)> Ancestry(TaxonomyPart taxonomy)
    {
        var pairs = new HashSet<(string, string?)>();
        void Add(TaxonomyTerm term, string? parent)
        {
            pairs.Add((term.Code, parent));
            term.Children.ForEach(child => Add(child, term.Code));
        }

        taxonomy.Terms.ForEach(term => Add(term, null));
        return pairs;
    }

    public override Task UnpublishedAsync(PublishContentContext context) => AppendAsync(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => AppendAsync(context.ContentItem);

    private Task AppendAsync(ContentItem item)
    {
        if (item.ContentType != EntryFields.ContentType)
        {
            return Task.CompletedTask;
        }

        return AppendAsync(string.IsNullOrEmpty(item.LocalizationSet) ? item.ContentItemId : item.LocalizationSet, item.ContentItemId);
    }

    private Task AppendAsync(string set, string contentItemId)
    {
        db.Tasks.Add(new IndexingTask { LocalizationSet = set, ContentItemId = contentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        session.AfterCommit(signal.Wake);
        return Task.CompletedTask;
    }
}
