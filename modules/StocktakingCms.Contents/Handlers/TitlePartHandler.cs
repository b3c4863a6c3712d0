using Microsoft.Extensions.Localization;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content.Handlers;

namespace StocktakingCms.Contents.Handlers;

/// <summary>A title is required and bounded; it becomes the item's display text.</summary>
public sealed class TitlePartHandler(IStringLocalizer<TitlePartHandler> T) : ContentHandler
{
    public override Task UpdatingAsync(ContentContext context)
    {
        if (context.ContentItem.Get<TitlePart>() is { } part)
        {
            part.Title = part.Title.Trim();
            context.ContentItem.DisplayText = part.Title.Length <= 500 ? part.Title : part.Title[..500];
        }

        return Task.CompletedTask;
    }

    public override Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.Get<TitlePart>() is { } part)
        {
            if (string.IsNullOrWhiteSpace(part.Title))
            {
                context.AddError("TitlePart.Title", T["The title is required."]);
            }
            else if (part.Title.Length > TitlePart.MaxLength)
            {
                context.AddError("TitlePart.Title", T["The title can have at most {0} characters.", TitlePart.MaxLength]);
            }
        }

        return Task.CompletedTask;
    }
}
