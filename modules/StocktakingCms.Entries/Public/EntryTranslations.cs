using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Entries.Public;

/// <summary>A published translation of an entry: its culture and address.</summary>
public sealed record EntryTranslation(string Culture, string Url);

/// <summary>The published versions of an entry in the other cultures, in the language bar's order.</summary>
public sealed class EntryTranslations(CoreDbContext content, ContentsDbContext routes)
{
    public async Task<IReadOnlyList<EntryTranslation>> ListAsync(string localizationSet, string exceptContentItemId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(localizationSet))
        {
            return [];
        }

        var ids = await content.ContentItems.AsNoTracking()
            .Where(i => i.LocalizationSet == localizationSet && i.Published && !i.Deleted && i.ContentItemId != exceptContentItemId)
            .Select(i => i.ContentItemId)
            .ToListAsync(cancellationToken);
        var found = await routes.AutorouteEntries.AsNoTracking()
            .Where(r => r.Published && ids.Contains(r.ContentItemId))
            .Select(r => new EntryTranslation(r.Culture, "/" + r.Culture + "/" + r.Slug))
            .ToListAsync(cancellationToken);
        return [.. found.OrderBy(t => IndexOf(t.Culture))];
    }

    private static int IndexOf(string culture) => CmsCultures.All.ToList().IndexOf(culture) is var i and >= 0 ? i : int.MaxValue;
}
