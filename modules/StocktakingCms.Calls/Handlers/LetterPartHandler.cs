using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Media;

namespace StocktakingCms.Calls.Handlers;

/// <summary>
/// A letter needs a reference, a date and a subject; its contact e-mail, when given, must be an
/// address; the call it announces must be a call for entries. The directory of letters forgets
/// its cache when a letter goes on or off line. Its attachments are recorded with the Media module
/// per version, so they are public exactly while a published letter lists them.
/// </summary>
public sealed class LetterPartHandler(
    LetterDirectory letters, CoreDbContext content, CmsDbSession session, IMediaStore media, IStringLocalizer<LetterPartHandler> T) : ContentHandler
{
    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.Get<LetterPart>() is not { } letter)
        {
            return;
        }

        Require(context, letter.Reference, nameof(LetterPart.Reference), T["Enter the letter's reference."]);
        Require(context, letter.Subject, nameof(LetterPart.Subject), T["Enter the letter's subject."]);
        if (letter.Date is null)
        {
            context.AddError(Field(nameof(LetterPart.Date)), T["Enter the letter's date."]);
        }

        foreach (var (name, value) in new[]
        {
            (nameof(LetterPart.Reference), letter.Reference), (nameof(LetterPart.Place), letter.Place),
            (nameof(LetterPart.SenderName), letter.SenderName), (nameof(LetterPart.SenderTitle), letter.SenderTitle),
            (nameof(LetterPart.Subject), letter.Subject), (nameof(LetterPart.ContactName), letter.ContactName),
            (nameof(LetterPart.ContactTelephone), letter.ContactTelephone), (nameof(LetterPart.ContactFax), letter.ContactFax),
            (nameof(LetterPart.ContactEmail), letter.ContactEmail),
        })
        {
            if (value.Length > LetterPart.TextMaxLength)
            {
                context.AddError(Field(name), T["At most {0} characters.", LetterPart.TextMaxLength]);
            }
        }

        if (letter.Addressees.Count > LetterPart.MaxAddressees || letter.Addressees.Any(a => a.Length > LetterPart.TextMaxLength))
        {
            context.AddError(Field(nameof(LetterPart.Addressees)), T["At most {0} addressees of at most {1} characters each.", LetterPart.MaxAddressees, LetterPart.TextMaxLength]);
        }

        if (letter.ContactEmail.Length > 0 && !(MailAddress.TryCreate(letter.ContactEmail, out var address) && address.Address == letter.ContactEmail))
        {
            context.AddError(Field(nameof(LetterPart.ContactEmail)), T["Enter an e-mail address such as name@example.org."]);
        }

        if (letter.OriginalCulture.Length > 0 && !CmsCultures.IsSupported(letter.OriginalCulture))
        {
            context.AddError(Field(nameof(LetterPart.OriginalCulture)), T["Choose the original language from the list."]);
        }

        if (letter.Attachments.Count > LetterPart.MaxAttachments || letter.Attachments.Any(a => a.Title.Length > LetterPart.TextMaxLength))
        {
            context.AddError(Field(nameof(LetterPart.Attachments)), T["At most {0} attachments with titles of at most {1} characters each.", LetterPart.MaxAttachments, LetterPart.TextMaxLength]);
        }

        if (letter.CallId is { } callId
            && !await content.ContentItems.AnyAsync(i => i.ContentItemId == callId && i.ContentType == CallSchedule.ContentType && !i.Deleted))
        {
            context.AddError(Field(nameof(LetterPart.CallId)), T["Choose a call for entries from the list."]);
        }
    }

    public override Task UpdatedAsync(ContentContext context) => RecordAttachmentsAsync(context.ContentItem, published: false);

    public override Task DiscardedDraftAsync(ContentContext context) => RecordAttachmentsAsync(context.ContentItem, published: false);

    public override async Task PublishedAsync(PublishContentContext context)
    {
        await EvictIfLetter(context.ContentItem);
        await RecordAttachmentsAsync(context.ContentItem, published: true);
        await RecordAttachmentsAsync(context.ContentItem, published: false);
    }

    public override async Task UnpublishedAsync(PublishContentContext context)
    {
        await EvictIfLetter(context.ContentItem);
        if (context.ContentItem.Has<LetterPart>())
        {
            await media.SetUsageAsync(context.ContentItem.ContentItemId, published: true, []);
        }
    }

    public override async Task RemovedAsync(ContentContext context)
    {
        await EvictIfLetter(context.ContentItem);
        if (context.ContentItem.Has<LetterPart>())
        {
            await media.SetUsageAsync(context.ContentItem.ContentItemId, published: true, []);
            await media.SetUsageAsync(context.ContentItem.ContentItemId, published: false, []);
        }
    }

    private async Task RecordAttachmentsAsync(ContentItem item, bool published)
    {
        if (item.Get<LetterPart>() is { } letter)
        {
            await media.SetUsageAsync(item.ContentItemId, published, letter.Attachments.Select(a => a.MediaId));
        }
    }

    private static string Field(string property) => $"{nameof(LetterPart)}.{property}";

    private static void Require(ValidateContentContext context, string value, string property, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.AddError(Field(property), message);
        }
    }

    private Task EvictIfLetter(ContentItem item)
    {
        if (item.ContentType == LetterDirectory.ContentType)
        {
            session.AfterCommit(letters.Evict);
        }

        return Task.CompletedTask;
    }
}
