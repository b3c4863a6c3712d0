using StocktakingCms.Core.Content;

namespace StocktakingCms.Contents.Models;

/// <summary>A body written in Markdown; rendered with Markdig and sanitized before it is shown.</summary>
public sealed class MarkdownBodyPart : ContentPart
{
    /// <summary>About 100 pages of text: generous for a page, a bound against abuse.</summary>
    public const int MaxLength = 200_000;

    public string Markdown { get; set; } = "";
}
