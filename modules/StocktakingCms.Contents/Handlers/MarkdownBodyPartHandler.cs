using Microsoft.Extensions.Localization;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content.Handlers;

namespace StocktakingCms.Contents.Handlers;

/// <summary>Bounds the body's length; the HTML is sanitized when rendered, whatever was typed.</summary>
public sealed class MarkdownBodyPartHandler(IStringLocalizer<MarkdownBodyPartHandler> T) : ContentHandler
{
    public override Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.Get<MarkdownBodyPart>() is { } part && part.Markdown.Length > MarkdownBodyPart.MaxLength)
        {
            context.AddError("MarkdownBodyPart.Markdown", T["The text can have at most {0} characters.", MarkdownBodyPart.MaxLength]);
        }

        return Task.CompletedTask;
    }
}
