using StocktakingCms.Core.Content;

namespace StocktakingCms.Contents.Models;

/// <summary>The item's public address: <c>/{culture}/{Slug}</c>.</summary>
public sealed class AutoroutePart : ContentPart
{
    public const int MaxLength = 200;

    public string Slug { get; set; } = "";
}
