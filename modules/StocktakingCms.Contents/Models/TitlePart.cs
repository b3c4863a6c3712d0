using StocktakingCms.Core.Content;

namespace StocktakingCms.Contents.Models;

/// <summary>The item's title, also its display text in lists.</summary>
public sealed class TitlePart : ContentPart
{
    public const int MaxLength = 300;

    public string Title { get; set; } = "";
}
