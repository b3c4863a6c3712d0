namespace StocktakingCms.Core.Display;

/// <summary>
/// The view names a content item is rendered with, most specific first:
/// <c>Items/{Type}.{DisplayType}</c>, <c>Items/{Type}</c>, <c>Items/Default.{DisplayType}</c>,
/// <c>Items/Default</c>. A theme overrides any of them by providing a view at the same path.
/// </summary>
public static class ContentViewNames
{
    public static IReadOnlyList<string> Alternates(string contentType, string displayType) =>
    [
        $"Items/{contentType}.{displayType}",
        $"Items/{contentType}",
        $"Items/Default.{displayType}",
        "Items/Default",
    ];
}
