using StocktakingCms.Contents.Models;
using StocktakingCms.Contents.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;

namespace StocktakingCms.Contents.Drivers;

public sealed class TitlePartDriver : ContentPartDriver<TitlePart, TitlePartEditor>
{
    protected override TitlePartEditor ToEditor(TitlePart part, ContentItem item, ContentTypePartDefinition definition) =>
        new() { Title = part.Title };

    protected override void Apply(TitlePartEditor editor, TitlePart part, ContentItem item, ContentTypePartDefinition definition) =>
        part.Title = editor.Title ?? "";
}
