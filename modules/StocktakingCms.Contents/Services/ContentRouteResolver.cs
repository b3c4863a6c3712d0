using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Contents.Services;

/// <summary>The published item a visitor's address points to, in their culture if it exists there.</summary>
public sealed record ResolvedRoute(ContentItem Item, bool IsInRequestedCulture);

/// <summary>
/// Finds the published item for <c>/{culture}/{slug}</c>. When no item has that slug in the
/// culture, the same slug in another culture is served (default culture first), and the page
/// says so: a visitor switching language keeps their page instead of getting a 404.
/// </summary>
public sealed class ContentRouteResolver(ContentsDbContext routes, IContentManager content)
{
    public async Task<ResolvedRoute?> ResolveAsync(string culture, string slug, string defaultCulture, CancellationToken cancellationToken)
    {
        var normalized = slug.Trim('/').ToLowerInvariant();
        var candidates = await routes.AutorouteEntries.AsNoTracking()
            .Where(e => e.Slug == normalized && e.Published)
            .Select(e => new { e.ContentItemId, e.Culture })
            .ToListAsync(cancellationToken);
        var best = candidates.FirstOrDefault(c => c.Culture == culture)
            ?? candidates.FirstOrDefault(c => c.Culture == defaultCulture)
            ?? candidates.FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        var item = await content.GetAsync(best.ContentItemId, VersionOptions.Published, cancellationToken);
        return item is null ? null : new ResolvedRoute(item, best.Culture == culture);
    }
}
