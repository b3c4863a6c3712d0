using StocktakingCms.Core.Content;

namespace StocktakingCms.Contents.ViewModels;

public sealed class ContentVersionsViewModel
{
    public required ContentItem Latest { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<ContentItem> Versions { get; init; }

    public bool CanRestore { get; init; }
}
