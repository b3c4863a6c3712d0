using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Routing;

namespace StocktakingCms.Core.Caching;

/// <summary>
/// Output caching of the public pages (<c>/{culture}/...</c>) for anonymous visitors. The key is the
/// path (which holds the culture) and the whole query string. Never cached: signed-in users, a
/// request carrying a one-time message (TempData), the account and submission pages, and any
/// answer that is not a plain 200 or that sets a cookie or says <c>no-store</c>/<c>private</c>
/// (pages with an antiforgery form do) — the output cache would otherwise ignore those headers
/// and hand one visitor's form token to the next. Every stored page carries <see cref="Tag"/>;
/// <see cref="PublicPageCacheEvictionHandler"/> evicts it when content is published,
/// unpublished or deleted.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    /// <summary>The tag of every cached public page.</summary>
    public const string Tag = "public-pages";

    /// <summary>How long a page may be served from the cache when nothing is published meanwhile.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    /// <summary>Personal pages under a culture (forms, drafts): always rendered.</summary>
    private static readonly string[] PersonalSections = ["account", "submit", "my-entries"];

    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cacheable = IsCacheable(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || Says(response.Headers.CacheControl, "no-store")
            || Says(response.Headers.CacheControl, "private"))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>An anonymous GET or HEAD of a public page under a culture, outside the personal sections.</summary>
    public static bool IsCacheable(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (http.User.Identity?.IsAuthenticated == true || request.Cookies.ContainsKey(TempDataCookie))
        {
            return false;
        }

        if (UrlCultureProvider.FromPath(request.Path, CmsCultures.All) is not { } culture)
        {
            return false;
        }

        var rest = (request.Path.Value ?? "")[(culture.Length + 1)..].TrimStart('/');
        var section = rest.Split('/', 2)[0];
        return !PersonalSections.Contains(section, StringComparer.OrdinalIgnoreCase);
    }

    private static bool Says(StringValues cacheControl, string directive) =>
        cacheControl.Any(value => value?.Contains(directive, StringComparison.OrdinalIgnoreCase) == true);
}
