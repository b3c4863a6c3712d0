using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Localization.Services;

namespace StocktakingCms.Localization.Controllers;

/// <summary><c>/sitemap.xml</c> (and its numbered files when it is an index) and <c>/robots.txt</c> pointing to it. Public.</summary>
[Area("StocktakingCms.Localization")]
public sealed class SitemapController(SitemapBuilder sitemap, SiteUrls urls) : Controller
{
    private const string XmlType = "application/xml; charset=utf-8";

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = SitemapOptions.CachePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        Content((await sitemap.WriteAsync(null, cancellationToken))!, XmlType);

    [HttpGet("/sitemap-{number:int}.xml")]
    [OutputCache(PolicyName = SitemapOptions.CachePolicy)]
    public async Task<IActionResult> File(int number, CancellationToken cancellationToken) =>
        await sitemap.WriteAsync(number, cancellationToken) is { } xml ? Content(xml, XmlType) : NotFound();

    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nDisallow: /admin/\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8");
}
