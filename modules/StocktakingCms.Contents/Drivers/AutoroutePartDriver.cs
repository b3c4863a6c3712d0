using StocktakingCms.Contents.Models;
using StocktakingCms.Contents.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;

namespace StocktakingCms.Contents.Drivers;

public sealed class AutoroutePartDriver : ContentPartDriver<AutoroutePart, AutoroutePartEditor>
{
    protected override AutoroutePartEditor ToEditor(AutoroutePart part, ContentItem item, ContentTypePartDefinition definition) =>
        new() { Slug = part.Slug, Prefix = $"/{(string.IsNullOrEmpty(item.Culture) ? "…" : item.Culture)}/" };

    protected override void Apply(AutoroutePartEditor editor, AutoroutePart part, ContentItem item, ContentTypePartDefinition definition) =>
        part.Slug = editor.Slug ?? "";
}
