using StocktakingCms.Core.Display;

namespace StocktakingCms.Home.ViewModels;

public sealed class HomeViewModel
{
    public required string SiteName { get; init; }

    /// <summary>Blocks other modules add (the open call...), in display order.</summary>
    public IReadOnlyList<HomeSectionShape> Sections { get; init; } = [];

    /// <summary>Latest published pages in the visitor's culture, newest first.</summary>
    public required IReadOnlyList<PageLink> Pages { get; init; }
}

public sealed record PageLink(string Title, string Url, string Culture, DateTime? PublishedUtc);

/// <summary>An error page: the status code and whether it is a "not found", "forbidden" or failure.</summary>
public sealed record ErrorViewModel(int StatusCode, string? RequestId);
