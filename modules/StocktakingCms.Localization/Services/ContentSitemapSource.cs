using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Localization.Services;

/// <summary>Every published item with an address, grouped with its published translations.</summary>
public sealed class ContentSitemapSource(CoreDbContext db, ContentsDbContext routes) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapPage>> ListAsync(CancellationToken cancellationToken)
    {
        // Two queries: the route index and the content versions live in different modules' contexts.
        var slugs = await routes.AutorouteEntries.AsNoTracking()
            .Where(e => e.Published)
            .Select(e => new { e.ContentItemId, e.Culture, e.Slug })
            .ToListAsync(cancellationToken);
        var items = await db.ContentItems.AsNoTracking()
            .Where(i => i.Published && !i.Deleted)
            .Select(i => new { i.ContentItemId, i.LocalizationSet, i.ModifiedUtc })
            .ToDictionaryAsync(i => i.ContentItemId, cancellationToken);
        return [.. slugs
            .Where(s => CmsCultures.IsSupported(s.Culture) && items.ContainsKey(s.ContentItemId))
            .GroupBy(s => items[s.ContentItemId].LocalizationSet)
            .Select(set => new SitemapPage(
                set.GroupBy(s => s.Culture).ToDictionary(g => g.Key, g => $"/{g.Key}/{g.First().Slug}"),
                set.Max(s => items[s.ContentItemId].ModifiedUtc)))];
    }
}
