using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Services;
using StocktakingCms.Calls.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Calls.Drivers;

/// <summary>Edits the call's dates in Geneva time and shows them with the days left and the letters announcing it.</summary>
public sealed class CallPartDriver(SiteTime time, TimeProvider clock, LetterDirectory letters) : ContentPartDriver
{
    public override string PartName => nameof(CallPart);

    public override async Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition)
    {
        var part = item.As<CallPart>();
        var isNew = part.OpensUtc == default;
        var editor = new CallPartEditor
        {
            Opens = isNew ? null : await time.ToLocalAsync(part.OpensUtc),
            Closes = isNew ? null : await time.ToLocalAsync(part.ClosesUtc),
            Forum = part.Forum,
            IsSample = part.IsSample,
        };
        return new PartShape(PartName, PartView($"{PartName}.Edit"), editor, PartName, 0);
    }

    public override async Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater)
    {
        var editor = new CallPartEditor();
        if (!await updater.TryUpdateModelAsync(editor, PartName))
        {
            return;
        }

        var part = item.As<CallPart>();
        part.OpensUtc = await time.ToUtcAsync(editor.Opens!.Value);
        part.ClosesUtc = await time.ToUtcAsync(editor.Closes!.Value);
        part.Forum = editor.Forum?.Trim() ?? "";
        part.IsSample = editor.IsSample;
    }

    public override async Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType)
    {
        if (item.Get<CallPart>() is not { OpensUtc.Ticks: > 0 } part)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var display = new CallPartDisplay(
            part.OpensUtc, part.ClosesUtc, part.Forum, part.IsSample, part.IsOpenAt(now), CallSchedule.DaysLeft(part, now),
            await letters.ForCallAsync(item.LocalizationSet, item.Culture), item.Culture);
        return new PartShape(PartName, PartView(PartName), display, PartName, 0);
    }
}
