using StocktakingCms.Core.Content;
using StocktakingCms.Core.Display;

namespace StocktakingCms.Contents.ViewModels;

/// <summary>The admin editor: the item's state, its parts' editors and the fields every item has.</summary>
public sealed class ContentEditorViewModel
{
    public required ContentItem Item { get; init; }

    public required string TypeDisplayName { get; init; }

    public required IReadOnlyList<PartShape> Parts { get; init; }

    public bool IsNew { get; init; }

    /// <summary>Whether a published version exists beside the latest one (which may be a draft).</summary>
    public bool HasPublished { get; init; }

    public bool CanPublish { get; init; }

    public bool CanDelete { get; init; }

    /// <summary>Blocks other modules add below the editor (translations...), in order.</summary>
    public IReadOnlyList<EditorSectionShape> Sections { get; init; } = [];
}
