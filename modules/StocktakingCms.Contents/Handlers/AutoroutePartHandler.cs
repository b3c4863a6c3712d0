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

    private async Task IndexAsync(ContentItem item, bool published)
    {
        if (item.Get<AutoroutePart>() is not { Slug.Length: > 0 } part)
        {
            return;
        }

        var entry = db.AutorouteEntries.Local.FirstOrDefault(e => e.ContentItemId == item.ContentItemId && e.Published == published)
            ?? await db.AutorouteEntries.FirstOrDefaultAsync(e => e.ContentItemId == item.ContentItemId && e.Published == published);
        if (entry is null)
        {
            db.AutorouteEntries.Add(entry = new AutorouteEntry { ContentItemId = item.ContentItemId, Published = published });
        }

        entry.Slug = part.Slug;
        entry.Culture = item.Culture;
    }

    private async Task RemoveAsync(string contentItemId, bool published)
    {
        var entry = db.AutorouteEntries.Local.FirstOrDefault(e => e.ContentItemId == contentItemId && e.Published == published)
            ?? await db.AutorouteEntries.FirstOrDefaultAsync(e => e.ContentItemId == contentItemId && e.Published == published);
        if (entry is not null)
        {
            db.AutorouteEntries.Remove(entry);
        }
    }
}
