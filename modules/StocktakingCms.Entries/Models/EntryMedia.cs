namespace StocktakingCms.Entries.Models;

/// <summary>An image of the project: a stored file (Media module) and its text alternative.</summary>
public sealed class EntryImage
{
    public string MediaId { get; set; } = "";

    /// <summary>What the image shows, for people who cannot see it (WCAG 1.1.1); required.</summary>
    public string Alt { get; set; } = "";
}

/// <summary>A document about the project (PDF), with the title shown as the link.</summary>
public sealed class EntryDocument
{
    public string MediaId { get; set; } = "";

    public string Title { get; set; } = "";
}
