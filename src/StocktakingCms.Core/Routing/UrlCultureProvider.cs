using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Core.Routing;

/// <summary>
/// Takes the culture from the first path segment (<c>/fr/...</c>) when it is one of the site's
/// cultures. Works before routing, so it also applies to error pages and static handlers.
/// </summary>
public sealed class UrlCultureProvider(IReadOnlyCollection<string> cultures) : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        // "zh" in the URL stands for the zh-Hans culture that request localization knows.
        Task.FromResult(FromPath(httpContext.Request.Path, cultures) is { } culture
            ? new ProviderCultureResult(CmsCultures.Create(culture).Name)
            : null);

    /// <summary>The culture named by a path's first segment, if it is one of <paramref name="cultures"/>.</summary>
    public static string? FromPath(PathString path, IReadOnlyCollection<string> cultures)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        return cultures.FirstOrDefault(c => string.Equals(c, segment, StringComparison.OrdinalIgnoreCase));
    }
}
