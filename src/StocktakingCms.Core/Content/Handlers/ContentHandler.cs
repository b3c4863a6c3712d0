namespace StocktakingCms.Core.Content.Handlers;

/// <summary>
/// Hooks into every content operation. The manager calls the "-ing" method before and the "-ed"
/// method after the change, inside the same transaction, so index rows that handlers add or
/// remove commit or roll back with the item. Handlers run in module dependency order.
/// </summary>
public abstract class ContentHandler
{
    /// <summary>A new item was built in memory (not saved): set defaults.</summary>
    public virtual Task InitializingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task CreatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task CreatedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UpdatedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;

    public virtual Task VersioningAsync(VersionContentContext context) => Task.CompletedTask;

    public virtual Task VersionedAsync(VersionContentContext context) => Task.CompletedTask;

    public virtual Task PublishingAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task PublishedAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishingAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishedAsync(PublishContentContext context) => Task.CompletedTask;

    /// <summary>The pending draft is about to be thrown away; the context holds that draft.</summary>
    public virtual Task DiscardingDraftAsync(ContentContext context) => Task.CompletedTask;

    /// <summary>The draft was thrown away; the context holds the published version, the latest again.</summary>
    public virtual Task DiscardedDraftAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task RemovingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}
