using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Settings;
using StocktakingCms.Entries.Public;

namespace StocktakingCms.Entries.Controllers;

/// <summary>RSS 2.0 and Atom feeds of the latest published entries, one pair per culture.</summary>
[Area("StocktakingCms.Entries")]
public sealed class FeedController(LatestEntries latest, SiteDocuments documents, SiteUrls urls, TimeProvider clock, IStringLocalizer<FeedController> T) : Controller
{
    public const int Size = 30;

    [HttpGet("{culture:cms-culture}/feed.rss")]
    public async Task<IActionResult> Rss(string culture, CancellationToken cancellationToken)
    {
        var (header, entries) = await BuildAsync(culture, "feed.rss", cancellationToken);
        return Content(EntryFeed.Rss(header, entries, urls.Absolute), "application/rss+xml; charset=utf-8");
    }

    [HttpGet("{culture:cms-culture}/feed.atom")]
    public async Task<IActionResult> Atom(string culture, CancellationToken cancellationToken)
    {
        var (header, entries) = await BuildAsync(culture, "feed.atom", cancellationToken);
        return Content(EntryFeed.Atom(header, entries, urls.Absolute), "application/atom+xml; charset=utf-8");
    }

    private async Task<(FeedHeader, IReadOnlyList<LatestEntry>)> BuildAsync(string culture, string file, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var entries = await latest.ListAsync(culture, Size, cancellationToken);
        var updated = entries.Count > 0 ? entries.Max(e => e.PublishedUtc) : clock.GetUtcNow().UtcDateTime;
        var header = new FeedHeader(
            $"{settings.SiteName}: {T["New entries"]}",
            T["The latest projects published in the WSIS Stocktaking repository."],
            urls.Absolute($"/{culture}/"),
            urls.Absolute($"/{culture}/{file}"),
            culture,
            updated);
        return (header, entries);
    }
}
