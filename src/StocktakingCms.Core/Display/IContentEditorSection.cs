using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;

namespace StocktakingCms.Core.Display;

/// <summary>
/// A block a module adds to the admin content editor beside the item's parts, with its own forms
/// (the Localization module's translations of the item), so the editor needs no reference to the
/// modules that add to it and loses a block when its module is switched off.
/// </summary>
public interface IContentEditorSection
{
    /// <summary>The block for a saved item, or null when it has nothing to show for this item.</summary>
    Task<EditorSectionShape?> BuildAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken);
}

/// <summary>A partial view (full path) and its model; blocks are shown in ascending <paramref name="Position"/>.</summary>
public sealed record EditorSectionShape(string ViewName, object Model, int Position);
