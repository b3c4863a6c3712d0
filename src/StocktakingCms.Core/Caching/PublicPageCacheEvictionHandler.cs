using Microsoft.AspNetCore.OutputCaching;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Core.Caching;

/// <summary>
/// Evicts every cached public page once content is published, unpublished or deleted and the
/// transaction has committed. One tag for all pages, because a published entry changes its own
/// page and the lists that show it (home, term, special repository and search pages, feeds);
/// publishing is rare next to reading, so rebuilding those pages on the next visit is cheap.
/// The cache is per node: several nodes need a shared output-cache store (see docs/operations.md).
/// </summary>
public sealed class PublicPageCacheEvictionHandler(IOutputCacheStore store, CmsDbSession session) : ContentHandler
{
    public override Task PublishedAsync(PublishContentContext context) => Evict();

    public override Task UnpublishedAsync(PublishContentContext context) => Evict();

    public override Task RemovedAsync(ContentContext context) => Evict();

    private Task Evict()
    {
        session.AfterCommit(() =>
        {
            // The in-memory store evicts synchronously; a distributed one finishes in the background.
            var eviction = store.EvictByTagAsync(PublicPageCachePolicy.Tag, CancellationToken.None);
            if (!eviction.IsCompletedSuccessfully)
            {
                _ = eviction.AsTask();
            }
        });
        return Task.CompletedTask;
    }
}
