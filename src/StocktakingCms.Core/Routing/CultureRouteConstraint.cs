using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Core.Routing;

/// <summary>
/// <c>{culture:cms-culture}</c> matches only the six site cultures, so <c>/xx/page</c> is a clean
/// 404 rather than a page in an unknown language.
/// </summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public const string Name = "cms-culture";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string culture && CmsCultures.All.Contains(culture);
}
