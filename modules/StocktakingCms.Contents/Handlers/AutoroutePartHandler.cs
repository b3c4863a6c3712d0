using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Contents.Data;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;

namespace StocktakingCms.Contents.Handlers;

/// <summary>
/// Fills an empty slug from the title, refuses invalid, reserved or taken slugs, and keeps the
/// <see cref="AutorouteEntry"/> index (one row for the latest version, one for the published one)
/// in step with the item, in the same transaction.
/// </summary>
public sealed class AutoroutePartHandler(ContentsDbContext db, IStringLocalizer<AutoroutePartHandler> T) : ContentHandler
{
    private const string Field = "AutoroutePart.Slug";

    public override Task UpdatingAsync(ContentContext context)
    {
        if (context.ContentItem.Get<AutoroutePart>() is { } part)
        {
            part.Slug = part.Slug.Trim().Trim('/').ToLowerInvariant();
            if (part.Slug.Length == 0 && context.ContentItem.Get<TitlePart>() is { } title)
            {
                part.Slug = Slugs.FromTitle(title.Title);
            }
        }

        return Task.CompletedTask;
    }

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        if (item.Get<AutoroutePart>() is not { } part)
        {
            return;
        }

        if (part.Slug.Length == 0)
        {
            context.AddError(Field, T["The address is required."]);
        }
        else if (!Slugs.IsValid(part.Slug))
        {
            context.AddError(Field, T["Use lower-case letters, digits and hyphens, with / between parts, at most {0} characters.", AutoroutePart.MaxLength]);
        }
        else if (Slugs.IsReserved(part.Slug))
        {
            context.AddError(Field, T["The address \"{0}\" is reserved by the site. Choose another.", part.Slug]);
        }
        else if (await db.AutorouteEntries.AnyAsync(e => e.Slug == part.Slug && e.Culture == item.Culture && e.ContentItemId != item.ContentItemId))
        {
            context.AddError(Field, T["Another item already uses the address \"{0}\" in this language.", part.Slug]);
        }
    }

    public override Task UpdatedAsync(ContentContext context) => IndexAsync(context.ContentItem, published: false);

    /// <summary>A clone is another item: it cannot keep the original's address, so it gets a free one.</summary>
    public override async Task VersioningAsync(VersionContentContext context)
    {
        var clone = context.ContentItem;
        if (clone.ContentItemId != context.Existing.ContentItemId && clone.Get<AutoroutePart>() is { Slug.Length: > 0 } part)
        {
            part.Slug = await FreeSlugAsync(part.Slug.Trim('/').ToLowerInvariant(), clone.Culture);
        }
    }

    /// <summary>The address row of the latest version follows the published version again.</summary>
    public override Task DiscardedDraftAsync(ContentContext context) => IndexAsync(context.ContentItem, published: false);

    public override async Task PublishedAsync(PublishContentContext context)
    {
        await IndexAsync(context.ContentItem, published: true);
        await IndexAsync(context.ContentItem, published: false);
    }

    public override async Task UnpublishedAsync(PublishContentContext context) =>
        await RemoveAsync(context.ContentItem.ContentItemId, published: true);

    public override async Task RemovedAsync(ContentContext context)
    {
        await RemoveAsync(context.ContentItem.ContentItemId, published: true);
        await RemoveAsync(context.ContentItem.ContentItemId, published: false);
    }

    private async Task<string> FreeSlugAsync(string slug, string culture)
    {
        // Room for "-copy-NN" within the maximum length.
        var stem = (slug.Length > AutoroutePart.MaxLength - 10 ? slug[..(AutoroutePart.MaxLength - 10)] : slug).TrimEnd('-') + "-copy";
        var candidate = stem;
        for (var n = 2; await db.AutorouteEntries.AnyAsync(e => e.Slug == candidate && e.Culture == culture); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    private async Task IndexAsync(ContentItem item, bool published)
    {
        if (item.Get<AutoroutePart>() is not { Slug.Length: > 0 } part)
        {
            return;
        }

        var entry = (await EntriesAsync(item.ContentItemId)).FirstOrDefault(e => e.Published == published);
        if (entry is null)
        {
            db.AutorouteEntries.Add(entry = new AutorouteEntry { ContentItemId = item.ContentItemId, Published = published });
        }

        entry.Slug = part.Slug;
        entry.Culture = item.Culture;
    }

    private async Task RemoveAsync(string contentItemId, bool published)
    {
        var entry = (await EntriesAsync(contentItemId)).FirstOrDefault(e => e.Published == published);
        if (entry is not null)
        {
            db.AutorouteEntries.Remove(entry);
        }
    }

    /// <summary>
    /// The item's index rows, tracked. All of them are loaded together the first time, so once the
    /// tracker holds any row of the item it holds all of them: a publish, which touches both rows,
    /// queries once.
    /// </summary>
    private async Task<IEnumerable<AutorouteEntry>> EntriesAsync(string contentItemId)
    {
        if (!db.AutorouteEntries.Local.Any(e => e.ContentItemId == contentItemId))
        {
            await db.AutorouteEntries.Where(e => e.ContentItemId == contentItemId).LoadAsync();
        }

        return db.AutorouteEntries.Local.Where(e => e.ContentItemId == contentItemId);
    }
}
