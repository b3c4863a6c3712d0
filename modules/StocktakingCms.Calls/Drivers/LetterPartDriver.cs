using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Calls.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Media;

namespace StocktakingCms.Calls.Drivers;

/// <summary>
/// Edits a letter's fields and attachments and shows it laid out as a letter, with its attachments
/// and a link to the call it announces.
/// </summary>
public sealed partial class LetterPartDriver(
    CallSchedule calls, LetterDirectory letters, IMediaStore media, IHttpContextAccessor http, IStringLocalizer<LetterPartDriver> T)
    : ContentPartDriver<LetterPart, LetterPartEditor>
{
    public const string NewAttachmentField = nameof(LetterAttachmentForm.NewAttachment);

    public override async Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition)
    {
        var shape = await base.BuildEditorAsync(item, definition);
        if (shape?.Model is LetterPartEditor editor)
        {
            editor.Calls = await calls.ListAsync();
            editor.Attachments = await AttachmentsAsync(item.As<LetterPart>());
        }

        return shape;
    }

    /// <summary>The fields, then the attachments: titles edited, files removed, one PDF added (a refused file is reported next to its field).</summary>
    public override async Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater)
    {
        await base.UpdateAsync(item, definition, updater);
        var form = new LetterAttachmentForm();
        if (!await updater.TryUpdateModelAsync(form, PartName))
        {
            return;
        }

        var attachments = item.As<LetterPart>().Attachments;
        attachments.RemoveAll(a => form.RemoveAttachments.Contains(a.MediaId));
        foreach (var attachment in attachments)
        {
            attachment.Title = Clean(form.AttachmentTitles.GetValueOrDefault(attachment.MediaId) ?? attachment.Title);
        }

        if (form.NewAttachment is not { Length: > 0 } file)
        {
            return;
        }

        if (attachments.Count >= LetterPart.MaxAttachments)
        {
            updater.AddModelError($"{PartName}.{NewAttachmentField}", T["A letter can have at most {0} attachments: remove one first.", LetterPart.MaxAttachments]);
            return;
        }

        var context = http.HttpContext;
        var saved = await media.SaveAsync(file, MediaKind.Document, context?.User.FindFirstValue(ClaimTypes.NameIdentifier), context?.RequestAborted ?? default);
        if (saved.Media is null)
        {
            updater.AddModelError($"{PartName}.{NewAttachmentField}", saved.Error!);
            return;
        }

        var title = Clean(form.NewAttachmentTitle);
        attachments.Add(new LetterAttachment { MediaId = saved.Media.Id, Title = title.Length > 0 ? title : Path.GetFileNameWithoutExtension(saved.Media.FileName) });
    }

    protected override LetterPartEditor ToEditor(LetterPart part, ContentItem item, ContentTypePartDefinition definition) => new()
    {
        Reference = part.Reference,
        Place = part.Place,
        Date = part.Date,
        SenderName = part.SenderName,
        SenderTitle = part.SenderTitle,
        Addressees = string.Join('\n', part.Addressees),
        Subject = part.Subject,
        ContactName = part.ContactName,
        ContactTelephone = part.ContactTelephone,
        ContactFax = part.ContactFax,
        ContactEmail = part.ContactEmail,
        CallId = part.CallId,
        OriginalCulture = part.OriginalCulture,
    };

    protected override void Apply(LetterPartEditor editor, LetterPart part, ContentItem item, ContentTypePartDefinition definition)
    {
        part.Reference = Clean(editor.Reference);
        part.Place = Clean(editor.Place);
        part.Date = editor.Date;
        part.SenderName = Clean(editor.SenderName);
        part.SenderTitle = Clean(editor.SenderTitle);
        part.Addressees = [.. (editor.Addressees ?? "").Split('\n').Select(Clean).Where(a => a.Length > 0)];
        part.Subject = Clean(editor.Subject);
        part.ContactName = Clean(editor.ContactName);
        part.ContactTelephone = Clean(editor.ContactTelephone);
        part.ContactFax = Clean(editor.ContactFax);
        part.ContactEmail = Clean(editor.ContactEmail);
        part.CallId = string.IsNullOrWhiteSpace(editor.CallId) ? null : editor.CallId.Trim();
        part.OriginalCulture = Clean(editor.OriginalCulture);
    }

    public override async Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType)
    {
        if (item.Get<LetterPart>() is not { } part)
        {
            return null;
        }

        // The letter's own language, so a letter shown in place of a missing translation mixes no languages.
        var culture = CmsCultures.IsSupported(item.Culture) ? CmsCultures.Create(item.Culture) : CultureInfo.CurrentCulture;
        var call = part.CallId is { } callId ? await FindCallAsync(callId, item.Culture) : null;
        var display = new LetterPartDisplay(
            part.Reference, part.Place, part.Date, part.Date is { } date ? FormatDate(date, culture) : "",
            part.SenderName, part.SenderTitle, part.Addressees, part.Subject,
            part.ContactName, part.ContactTelephone, part.ContactFax, part.ContactEmail, call,
            part.OriginalCulture.Length > 0 && part.OriginalCulture != item.Culture
                ? await letters.FindTranslationAsync(item.LocalizationSet, part.OriginalCulture)
                : null);
        return new PartShape(PartName, PartView(PartName), display with { Attachments = await AttachmentsAsync(part) }, PartName, 0);
    }

    /// <summary>The long date without the weekday, as letters are dated: "7 septembre 2022", "2022年9月7日".</summary>
    public static string FormatDate(DateOnly date, CultureInfo culture)
    {
        var pattern = Weekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim(' ', ',', '،');
        return date.ToString(pattern, culture);
    }

    private async Task<CallSummary?> FindCallAsync(string callId, string culture)
    {
        var all = await calls.ListAsync();
        return all.FirstOrDefault(c => c.ContentItemId == callId) is { } call
            ? all.FirstOrDefault(c => c.LocalizationSet == call.LocalizationSet && c.Culture == culture) ?? call
            : null;
    }

    /// <summary>The attachments whose files still exist, with their addresses.</summary>
    private async Task<IReadOnlyList<LetterAttachmentView>> AttachmentsAsync(LetterPart part)
    {
        var stored = (await media.FindManyAsync(part.Attachments.Select(a => a.MediaId))).ToDictionary(m => m.Id);
        return
        [
            .. part.Attachments
                .Where(a => stored.ContainsKey(a.MediaId))
                .Select(a => new LetterAttachmentView(a.MediaId, a.Title, media.UrlFor(stored[a.MediaId]), stored[a.MediaId].FileName, stored[a.MediaId].Length)),
        ];
    }

    private static string Clean(string? text) => text?.Trim() ?? "";

    [GeneratedRegex(@"\s*dddd[\s,،]*")]
    private static partial Regex Weekday();
}
