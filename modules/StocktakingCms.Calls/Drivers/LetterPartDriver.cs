using System.Globalization;
using System.Text.RegularExpressions;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Calls.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Calls.Drivers;

/// <summary>Edits a letter's fields and shows it laid out as a letter, with a link to the call it announces.</summary>
public sealed partial class LetterPartDriver(CallSchedule calls, LetterDirectory letters) : ContentPartDriver<LetterPart, LetterPartEditor>
{
    public override async Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition)
    {
        var shape = await base.BuildEditorAsync(item, definition);
        if (shape?.Model is LetterPartEditor editor)
        {
            editor.Calls = await calls.ListAsync();
        }

        return shape;
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
        return new PartShape(PartName, PartView(PartName), display, PartName, 0);
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

    private static string Clean(string? text) => text?.Trim() ?? "";

    [GeneratedRegex(@"\s*dddd[\s,،]*")]
    private static partial Regex Weekday();
}
