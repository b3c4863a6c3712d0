using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Content;

/// <inheritdoc cref="IContentManager"/>
public sealed class ContentManager(
    CoreDbContext db,
    CmsDbSession session,
    IContentDefinitionStore definitions,
    IEnumerable<ContentHandler> allHandlers,
    ModuleState modules,
    TimeProvider clock,
    IHttpContextAccessor httpContextAccessor,
    IStringLocalizer<ContentManager> T,
    ILogger<ContentManager> logger) : IContentManager
{
    private IEnumerable<ContentHandler> Handlers => modules.Enabled(allHandlers);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string? CurrentUserId => httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetTypeAsync(contentType, cancellationToken)
            ?? throw new InvalidOperationException($"The content type '{contentType}' is not defined.");
        var id = ContentIds.New();
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = ContentIds.New(),
            ContentType = definition.Name,
            LocalizationSet = id,
            Owner = CurrentUserId,
            Author = CurrentUserId,
        };
        var context = new ContentContext(item);
        await InvokeAsync(h => h.InitializingAsync(context));
        return item;
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        Versions(contentItemId)
            .Where(i => version == VersionOptions.Published ? i.Published : i.Latest)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        db.ContentItems.FirstOrDefaultAsync(i => i.ContentItemVersionId == contentItemVersionId && !i.Deleted, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await Versions(contentItemId).OrderByDescending(i => i.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CheckAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await InvokeAsync(h => h.UpdatingAsync(new ContentContext(item)));
        return await ValidateAsync(item) is { } invalid ? invalid.Errors : new Dictionary<string, IReadOnlyList<string>>();
    }

    public Task<ContentOperationResult> CreateAsync(ContentItem item, bool publish = false, CancellationToken cancellationToken = default) =>
        InTransactionAsync(item, async () =>
        {
            var now = Now;
            item.Number = 1;
            item.Latest = true;
            item.Published = false;
            item.CreatedUtc = now;
            item.ModifiedUtc = now;
            item.Owner ??= CurrentUserId;
            item.Author = CurrentUserId ?? item.Author;
            if (string.IsNullOrEmpty(item.LocalizationSet))
            {
                item.LocalizationSet = item.ContentItemId;
            }

            var context = new ContentContext(item);
            await InvokeAsync(h => h.CreatingAsync(context));
            await InvokeAsync(h => h.UpdatingAsync(context));
            if (await ValidateAsync(item) is { } invalid)
            {
                return invalid;
            }

            db.ContentItems.Add(item);
            await InvokeAsync(h => h.UpdatedAsync(context));
            await InvokeAsync(h => h.CreatedAsync(context));
            if (publish)
            {
                await PublishLatestAsync(item, previous: null);
            }

            return ContentOperationResult.Success(item);
        }, cancellationToken);

    public Task<ContentOperationResult> UpdateAsync(ContentItem item, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync(item, async () =>
        {
            var entry = db.Entry(item);
            if (entry.State == EntityState.Detached || !item.Latest || item.Deleted)
            {
                return ContentOperationResult.Fail(ContentFailure.InvalidState, T["Only the latest version of an item can be edited."], item);
            }

            if (expectedVersion is { } expected && expected != item.Version)
            {
                return Conflict(item);
            }

            var definition = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
            var target = item;
            if (item.Published && definition?.Settings.Draftable != false)
            {
                // The published version stays online untouched; the edit becomes a new draft.
                target = NewVersionFrom(item, item.Content.Clone());
                entry.CurrentValues.SetValues(entry.OriginalValues);
                item.Latest = false;
                item.Version++;
                var versioning = new VersionContentContext(item, target);
                await InvokeAsync(h => h.VersioningAsync(versioning));
                db.ContentItems.Add(target);
                await InvokeAsync(h => h.VersionedAsync(versioning));
            }

            target.ModifiedUtc = Now;
            target.Author = CurrentUserId ?? target.Author;
            var context = new ContentContext(target);
            await InvokeAsync(h => h.UpdatingAsync(context));
            if (await ValidateAsync(target) is { } invalid)
            {
                if (!ReferenceEquals(target, item))
                {
                    // Nothing is saved: the caller's item keeps the edits and the version it was
                    // loaded with, so an editor shown again can be fixed and saved without a false conflict.
                    item.Content = target.Content;
                    item.DisplayText = target.DisplayText;
                    item.Latest = true;
                    item.Version--;
                }

                return invalid;
            }

            if (ReferenceEquals(target, item))
            {
                item.Version++;
            }

            await InvokeAsync(h => h.UpdatedAsync(context));
            return ContentOperationResult.Success(target);
        }, cancellationToken);

    public Task<ContentOperationResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(null, async () =>
        {
            var latest = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            if (latest is null)
            {
                return NotFound();
            }

            if (latest.Published)
            {
                return ContentOperationResult.Success(latest);
            }

            if (await ValidateAsync(latest) is { } invalid)
            {
                return invalid;
            }

            var previous = await GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
            await PublishLatestAsync(latest, previous);
            return ContentOperationResult.Success(latest);
        }, cancellationToken);

    public Task<ContentOperationResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(null, async () =>
        {
            var published = await GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
            if (published is null)
            {
                return await Exists(contentItemId, cancellationToken)
                    ? ContentOperationResult.Fail(ContentFailure.InvalidState, T["This item is not published."])
                    : NotFound();
            }

            var context = new PublishContentContext(published, published);
            await InvokeAsync(h => h.UnpublishingAsync(context));
            published.Published = false;
            published.Version++;
            await InvokeAsync(h => h.UnpublishedAsync(context));
            return ContentOperationResult.Success(published);
        }, cancellationToken);

    public Task<ContentOperationResult> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(null, async () =>
        {
            var latest = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            var published = await GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
            if (latest is null)
            {
                return NotFound();
            }

            if (latest.Published || published is null)
            {
                return ContentOperationResult.Fail(ContentFailure.InvalidState,
                    T["There is no draft to discard beside a published version."], latest);
            }

            await InvokeAsync(h => h.DiscardingDraftAsync(new ContentContext(latest)));
            db.ContentItems.Remove(latest);
            published.Latest = true;
            published.Version++;
            // Handlers that index the latest version (addresses...) go back to the published one.
            await InvokeAsync(h => h.DiscardedDraftAsync(new ContentContext(published)));
            return ContentOperationResult.Success(published);
        }, cancellationToken);

    public Task<ContentOperationResult> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(null, async () =>
        {
            var old = await GetVersionAsync(contentItemVersionId, cancellationToken);
            var latest = old is null ? null : await GetAsync(old.ContentItemId, VersionOptions.Latest, cancellationToken);
            if (old is null || latest is null)
            {
                return NotFound();
            }

            if (ReferenceEquals(old, latest))
            {
                return ContentOperationResult.Success(latest);
            }

            ContentItem draft;
            if (latest.Published)
            {
                draft = NewVersionFrom(latest, old.Content.Clone());
                latest.Latest = false;
                latest.Version++;
                db.ContentItems.Add(draft);
            }
            else
            {
                draft = latest;
                draft.Content = old.Content.Clone();
                draft.Version++;
            }

            draft.DisplayText = old.DisplayText;
            draft.ModifiedUtc = Now;
            draft.Author = CurrentUserId ?? draft.Author;
            var versioning = new VersionContentContext(old, draft);
            await InvokeAsync(h => h.VersioningAsync(versioning));
            var context = new ContentContext(draft);
            await InvokeAsync(h => h.UpdatingAsync(context));
            if (await ValidateAsync(draft) is { } invalid)
            {
                return invalid;
            }

            await InvokeAsync(h => h.UpdatedAsync(context));
            await InvokeAsync(h => h.VersionedAsync(versioning));
            return ContentOperationResult.Success(draft);
        }, cancellationToken);

    public async Task<ContentOperationResult> CloneAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var id = ContentIds.New();
        var clone = new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = ContentIds.New(),
            ContentType = source.ContentType,
            Culture = source.Culture,
            LocalizationSet = id,
            DisplayText = source.DisplayText,
            Content = source.Content.Clone(),
        };
        var versioning = new VersionContentContext(source, clone);
        await InvokeAsync(h => h.VersioningAsync(versioning));
        return await CreateAsync(clone, publish: false, cancellationToken);
    }

    public Task<ContentOperationResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(null, async () =>
        {
            var versions = await Versions(contentItemId).ToListAsync(cancellationToken);
            var latest = versions.FirstOrDefault(v => v.Latest);
            if (latest is null)
            {
                return NotFound();
            }

            var context = new ContentContext(latest);
            await InvokeAsync(h => h.RemovingAsync(context));
            foreach (var version in versions)
            {
                if (version.Published)
                {
                    var unpublishing = new PublishContentContext(version, version);
                    await InvokeAsync(h => h.UnpublishingAsync(unpublishing));
                    version.Published = false;
                    await InvokeAsync(h => h.UnpublishedAsync(unpublishing));
                }

                version.Deleted = true;
                version.Version++;
            }

            latest.ModifiedUtc = Now;
            await InvokeAsync(h => h.RemovedAsync(context));
            return ContentOperationResult.Success(latest);
        }, cancellationToken);

    private IQueryable<ContentItem> Versions(string contentItemId) =>
        db.ContentItems.Where(i => i.ContentItemId == contentItemId && !i.Deleted);

    private Task<bool> Exists(string contentItemId, CancellationToken cancellationToken) =>
        Versions(contentItemId).AnyAsync(cancellationToken);

    private ContentItem NewVersionFrom(ContentItem existing, ContentDocument content) => new()
    {
        ContentItemId = existing.ContentItemId,
        ContentItemVersionId = ContentIds.New(),
        ContentType = existing.ContentType,
        Number = db.ContentItems.Where(i => i.ContentItemId == existing.ContentItemId).Max(i => i.Number) + 1,
        Latest = true,
        Published = false,
        DisplayText = existing.DisplayText,
        Owner = existing.Owner,
        Author = existing.Author,
        CreatedUtc = existing.CreatedUtc,
        ModifiedUtc = Now,
        PublishedUtc = existing.PublishedUtc,
        Culture = existing.Culture,
        LocalizationSet = existing.LocalizationSet,
        Content = content,
    };

    private async Task PublishLatestAsync(ContentItem latest, ContentItem? previous)
    {
        var context = new PublishContentContext(latest, previous);
        await InvokeAsync(h => h.PublishingAsync(context));
        if (previous is not null && !ReferenceEquals(previous, latest))
        {
            previous.Published = false;
            previous.Version++;
        }

        latest.Published = true;
        latest.PublishedUtc = Now;
        latest.Version++;
        await InvokeAsync(h => h.PublishedAsync(context));
    }

    private async Task<ContentOperationResult?> ValidateAsync(ContentItem item)
    {
        var context = new ValidateContentContext(item);
        await InvokeAsync(h => h.ValidatingAsync(context));
        return context.IsValid ? null : ContentOperationResult.Invalid(item, context.Errors);
    }

    private async Task InvokeAsync(Func<ContentHandler, Task> step)
    {
        foreach (var handler in Handlers)
        {
            await step(handler);
        }
    }

    /// <summary>
    /// Runs an operation in one transaction with everything handlers staged: it commits only when
    /// the operation succeeds and every save goes through; otherwise nothing is written.
    /// </summary>
    private async Task<ContentOperationResult> InTransactionAsync(
        ContentItem? item, Func<Task<ContentOperationResult>> operation, CancellationToken cancellationToken)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await operation();
            if (!result.Succeeded)
            {
                return result;
            }

            await session.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync();
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(item);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException)
        {
            logger.LogError(exception, "Saving content item {ContentItemId} failed", item?.ContentItemId);
            return ContentOperationResult.Fail(ContentFailure.Storage,
                T["The database refused the change, so nothing was saved. Please try again; if it keeps failing, tell the site's operator."],
                item);
        }
    }

    private ContentOperationResult Conflict(ContentItem? item) =>
        ContentOperationResult.Fail(ContentFailure.Conflict,
            T["Someone else saved this item after you opened it. Nothing was overwritten: reload the page to see their changes, then apply yours again."],
            item);

    private ContentOperationResult NotFound() =>
        ContentOperationResult.Fail(ContentFailure.NotFound, T["The content item does not exist or was deleted."]);
}
