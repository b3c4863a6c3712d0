using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// <c>{taxonomy:public-taxonomy}</c>: the taxonomies that have public term pages. Anything else
/// (e.g. a page at <c>/en/news/2024</c>) is left to the other routes.
/// </summary>
public sealed class PublicTaxonomyConstraint : IRouteConstraint
{
    public const string Name = "public-taxonomy";

    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "action-lines", "sdgs", "countries", "regions", "special-repositories",
    };

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && Codes.Contains(code);
}
