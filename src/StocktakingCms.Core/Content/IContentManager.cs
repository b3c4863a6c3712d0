namespace StocktakingCms.Core.Content;

/// <summary>
/// Every change to content goes through here: handlers run before and after each step, and
/// the item with the index rows handlers keep for it commits in one transaction.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with the parts its definition lists.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>All versions of an item, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the handlers' normalization and validation on an item without saving anything, so a
    /// form that shows only some fields (a step of a wizard) can check them against the same rules
    /// as a save. Returns the errors per field, empty when the item would save.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CheckAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item as a draft, or published at once when <paramref name="publish"/> is set.</summary>
    Task<ContentOperationResult> CreateAsync(ContentItem item, bool publish = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes made to the latest version. When that version is published and the type is
    /// draftable, the changes go into a new draft and the published version stays online.
    /// </summary>
    /// <param name="expectedVersion">The <see cref="ContentItem.Version"/> the editor started from;
    /// a different current value means someone else saved meanwhile, and nothing is written.</param>
    Task<ContentOperationResult> UpdateAsync(ContentItem item, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version; the version published before goes to the history.</summary>
    Task<ContentOperationResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentOperationResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Throws away the pending draft; the published version becomes the latest again.</summary>
    Task<ContentOperationResult> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes an older version's content the new draft (the history keeps everything).</summary>
    Task<ContentOperationResult> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>A new item (new id, draft) with the latest version's content.</summary>
    Task<ContentOperationResult> CloneAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Soft delete: the item disappears from the site and the admin but stays stored.</summary>
    Task<ContentOperationResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);
}
