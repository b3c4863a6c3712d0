using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace StocktakingCms.Core.Hosting;

/// <summary>Absolute links for places outside the page: e-mails, feeds, sitemaps.</summary>
public sealed class SiteUrls(IOptions<StocktakingOptions> options, IHttpContextAccessor http)
{
    /// <summary>The site's root without a trailing slash: the configured public URL, else the current request's.</summary>
    public string Root => TryGetRoot()
        ?? throw new InvalidOperationException("Set Stocktaking:PublicUrl to build links outside a web request.");

    /// <summary>Like <see cref="Root"/>, or null outside a request when no public URL is configured.</summary>
    public string? TryGetRoot()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl))
        {
            return options.Value.PublicUrl.TrimEnd('/');
        }

        return http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : null;
    }

    /// <summary>An absolute URL for a site path such as <c>/fr/account/confirm?user=...</c>.</summary>
    public string Absolute(string path) => Root + (path.StartsWith('/') ? path : "/" + path);
}
