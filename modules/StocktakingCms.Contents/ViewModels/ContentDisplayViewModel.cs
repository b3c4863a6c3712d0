using StocktakingCms.Core.Content;
using StocktakingCms.Core.Display;

namespace StocktakingCms.Contents.ViewModels;

/// <summary>A content item as the public site shows it.</summary>
public sealed class ContentDisplayViewModel
{
    public required ContentItem Item { get; init; }

    public required IReadOnlyList<PartShape> Parts { get; init; }

    public required string DisplayType { get; init; }

    /// <summary>Set when the item is shown in another culture than the visitor asked for.</summary>
    public string? FallbackFromCulture { get; init; }

    /// <summary>True in the admin preview of a draft: the page says it is not public.</summary>
    public bool IsPreview { get; init; }
}
