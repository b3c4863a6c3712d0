namespace StocktakingCms.Contents.ViewModels;

/// <summary>The title field of the editor.</summary>
public sealed class TitlePartEditor
{
    public string? Title { get; set; }
}

/// <summary>The Markdown body field of the editor.</summary>
public sealed class MarkdownBodyPartEditor
{
    public string? Markdown { get; set; }
}

/// <summary>The address field of the editor; left empty, it is made from the title.</summary>
public sealed class AutoroutePartEditor
{
    public string? Slug { get; set; }

    /// <summary>The culture prefix shown before the field, e.g. "/fr/".</summary>
    public string Prefix { get; set; } = "/";
}

/// <summary>What the public page shows of a Markdown body: sanitized HTML.</summary>
public sealed record MarkdownBodyDisplay(string SafeHtml);
