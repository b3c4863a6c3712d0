using StocktakingCms.Contents.Services;
using StocktakingCms.Core.Content.Definitions;

namespace StocktakingCms.Contents.ViewModels;

public sealed class ContentListViewModel
{
    public required ContentListFilter Filter { get; init; }

    public required ContentListPage Page { get; init; }

    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }

    public int PageCount => Math.Max(1, (Page.Total + Page.PageSize - 1) / Page.PageSize);
}
