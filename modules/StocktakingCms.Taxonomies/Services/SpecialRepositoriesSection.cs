using StocktakingCms.Core.Display;
using StocktakingCms.Taxonomies.ViewModels;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>The home page's special repositories, after the figures and the latest entries.</summary>
public sealed class SpecialRepositoriesSection(SpecialRepositoryDirectory directory) : IHomeSection
{
    public const string View = "/Areas/StocktakingCms.Taxonomies/Views/Shared/SpecialRepositoriesSection.cshtml";

    public async Task<HomeSectionShape?> BuildAsync(string culture, CancellationToken cancellationToken) =>
        await directory.ListAsync(culture, cancellationToken) is { Count: > 0 } repositories
            ? new HomeSectionShape(View, new SpecialRepositoryIndexViewModel(culture, repositories), 30)
            : null;
}
