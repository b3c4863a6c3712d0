using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Contents.Services;

/// <summary>The public address of each published translation of an item (itself included), by culture.</summary>
public sealed class TranslationPaths(CoreDbContext db, ContentsDbContext routes)
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(ContentItem item, CancellationToken cancellationToken)
    {
        // Two queries: the content versions and the route index live in different modules' contexts.
        var ids = await db.ContentItems.AsNoTracking()
            .Where(i => i.LocalizationSet == item.LocalizationSet && i.Published && !i.Deleted)
            .Select(i => i.ContentItemId)
            .ToListAsync(cancellationToken);
        var slugs = await routes.AutorouteEntries.AsNoTracking()
            .Where(e => e.Published && ids.Contains(e.ContentItemId))
            .Select(e => new { e.Culture, e.Slug })
            .ToListAsync(cancellationToken);
        return slugs.Where(s => CmsCultures.IsSupported(s.Culture))
            .GroupBy(s => s.Culture)
            .ToDictionary(g => g.Key, g => $"/{g.Key}/{g.First().Slug}");
    }
}
