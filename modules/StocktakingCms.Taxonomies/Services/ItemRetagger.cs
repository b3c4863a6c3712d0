using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// Moves items from some terms of a taxonomy to another term: the latest and the published version
/// of each item are changed in place (classification maintenance is not an editorial change, so no
/// new version goes through review) and their term links are rewritten.
/// </summary>
public sealed class ItemRetagger(CoreDbContext content, TaxonomiesDbContext links, TermLinkIndexer indexer)
{
    public async Task<int> RetagAsync(string taxonomyCode, IReadOnlyList<string> fromCodes, string toCode, CancellationToken cancellationToken)
    {
        var from = fromCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = fromCodes.ToList();
        var ids = await links.TermLinks.AsNoTracking()
            .Where(l => l.TaxonomyCode == taxonomyCode && codes.Contains(l.TermCode))
            .Select(l => l.ContentItemId).Distinct().ToListAsync(cancellationToken);
        var versions = await content.ContentItems
            .Where(i => ids.Contains(i.ContentItemId) && (i.Latest || i.Published) && !i.Deleted)
            .ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var part = version.As<TermsPart>();
            foreach (var field in (await indexer.FieldsAsync(version)).Where(f => f.Taxonomy == taxonomyCode))
            {
                var current = part.Get(field.Name);
                if (current.Any(from.Contains))
                {
                    part.Set(field.Name, current.Select(code => from.Contains(code) ? toCode : code));
                }
            }

            version.Version++;
            if (version.Latest)
            {
                await indexer.IndexAsync(version, published: false);
            }

            if (version.Published)
            {
                await indexer.IndexAsync(version, published: true);
            }
        }

        return ids.Count;
    }
}
