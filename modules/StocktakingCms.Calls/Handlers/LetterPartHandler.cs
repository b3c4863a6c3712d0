using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Calls.Handlers;

/// <summary>
/// A letter needs a reference, a date and a subject; its contact e-mail, when given, must be an
/// address; the call it announces must be a call for entries. The directory of letters forgets
/// its cache when a letter goes on or off line.
/// </summary>
public sealed class LetterPartHandler(LetterDirectory letters, CoreDbContext content, CmsDbSession session, IStringLocalizer<LetterPartHandler> T) : ContentHandler
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

        if (letter.CallId is { } callId
            && !await content.ContentItems.AnyAsync(i => i.ContentItemId == callId && i.ContentType == CallSchedule.ContentType && !i.Deleted))
        {
            context.AddError(Field(nameof(LetterPart.CallId)), T["Choose a call for entries from the list."]);
        }
    }

    public override Task PublishedAsync(PublishContentContext context) => EvictIfLetter(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => EvictIfLetter(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => EvictIfLetter(context.ContentItem);

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
