using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// Published taxonomies by code, cached: every entry editor, filter and term page reads them.
/// Publishing a taxonomy evicts it on this node; other nodes pick the change up within a minute.
/// </summary>
public sealed class TaxonomyStore(TaxonomiesDbContext index, CoreDbContext content, IMemoryCache cache)
{
    private static string Key(string code) => $"Taxonomy:{code.ToLowerInvariant()}";

    public async Task<TaxonomyTree?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(Key(code), out TaxonomyTree? cached))
        {
            return cached;
        }

        var contentItemId = await index.Taxonomies.AsNoTracking()
            .Where(t => t.Code == code)
            .Select(t => t.ContentItemId)
            .FirstOrDefaultAsync(cancellationToken);
        var item = contentItemId is null
            ? null
            : await content.ContentItems.AsNoTracking()
                .FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published && !i.Deleted, cancellationToken);
        var tree = item?.Get<TaxonomyPart>() is { } part ? new TaxonomyTree(item.ContentItemId, part) : null;
        cache.Set(Key(code), tree, TimeSpan.FromMinutes(1));
        return tree;
    }

    public async Task<IReadOnlyList<TaxonomyTree>> ListAsync(CancellationToken cancellationToken = default)
    {
        var codes = await index.Taxonomies.AsNoTracking().OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(cancellationToken);
        var trees = new List<TaxonomyTree>();
        foreach (var code in codes)
        {
            if (await GetAsync(code, cancellationToken) is { } tree)
            {
                trees.Add(tree);
            }
        }

        return trees;
    }

    public void Evict(string code) => cache.Remove(Key(code));
}
