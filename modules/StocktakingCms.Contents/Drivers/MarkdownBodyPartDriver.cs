using StocktakingCms.Contents.Models;
using StocktakingCms.Contents.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;

namespace StocktakingCms.Contents.Drivers;

public sealed class MarkdownBodyPartDriver(MarkdownRenderer markdown) : ContentPartDriver<MarkdownBodyPart, MarkdownBodyPartEditor>
{
    public override Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType) =>
        Task.FromResult(item.Get<MarkdownBodyPart>() is { } part
            ? new PartShape(PartName, PartView(PartName), new MarkdownBodyDisplay(markdown.ToSafeHtml(part.Markdown)), PartName, 0)
            : null);

    protected override MarkdownBodyPartEditor ToEditor(MarkdownBodyPart part, ContentItem item, ContentTypePartDefinition definition) =>
        new() { Markdown = part.Markdown };

    protected override void Apply(MarkdownBodyPartEditor editor, MarkdownBodyPart part, ContentItem item, ContentTypePartDefinition definition) =>
        part.Markdown = editor.Markdown ?? "";
}
