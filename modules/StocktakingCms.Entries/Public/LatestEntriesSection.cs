using StocktakingCms.Core.Display;

namespace StocktakingCms.Entries.Public;

/// <summary>The home page's latest published entries, in the visitor's language when translated.</summary>
public sealed class LatestEntriesSection(LatestEntries latest) : IHomeSection
{
    public const string View = "/Areas/StocktakingCms.Entries/Views/Shared/LatestEntries.cshtml";
    public const int Count = 6;

    public async Task<HomeSectionShape?> BuildAsync(string culture, CancellationToken cancellationToken) =>
        new HomeSectionShape(View, new LatestEntriesModel(culture, await latest.ListAsync(culture, Count, cancellationToken)), 20);
}

public sealed record LatestEntriesModel(string Culture, IReadOnlyList<LatestEntry> Entries);
