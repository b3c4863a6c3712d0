using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;

namespace StocktakingCms.Entries.Public;

/// <summary>A published entry in a list: in the visitor's language when translated, else its original.</summary>
public sealed record LatestEntry(
    string ContentItemId,
    string Title,
    string ShortDescription,
    string OrganisationName,
    string Url,
    string Culture,
    DateTime PublishedUtc);

/// <summary>
/// The newest published entries, one per localization set (an entry and its translations are one
/// entry), for the home page and the feeds. Sets are ranked in SQL on the entry index; only the
/// chosen versions are read.
/// </summary>
public sealed class LatestEntries(EntriesDbContext entries, CoreDbContext content, ContentsDbContext routes)
{
    public async Task<IReadOnlyList<LatestEntry>> ListAsync(string culture, int count, CancellationToken cancellationToken)
    {
        var published = entries.Entries.AsNoTracking().Where(e => e.Published);
        var sets = await published
            .GroupBy(e => e.LocalizationSet)
            .Select(g => new { Set = g.Key, Date = g.Max(e => e.ModifiedUtc) })
            .OrderByDescending(s => s.Date).ThenBy(s => s.Set)
            .Take(count)
            .ToListAsync(cancellationToken);
        var setIds = sets.Select(s => s.Set).ToList();
        var versions = await published.Where(e => setIds.Contains(e.LocalizationSet))
            .Select(e => new { e.LocalizationSet, e.ContentItemId, e.Culture })
            .ToListAsync(cancellationToken);
        var chosen = versions.GroupBy(v => v.LocalizationSet).ToDictionary(
            g => g.Key,
            g => TranslationChoice.For(g, v => v.Culture, culture).ContentItemId);
        var ids = chosen.Values.ToList();
        var items = await content.ContentItems.AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId) && i.Published && !i.Deleted)
            .ToDictionaryAsync(i => i.ContentItemId, cancellationToken);
        var slugs = await routes.AutorouteEntries.AsNoTracking()
            .Where(r => ids.Contains(r.ContentItemId) && r.Published)
            .ToDictionaryAsync(r => r.ContentItemId, r => $"/{r.Culture}/{r.Slug}", cancellationToken);

        var list = new List<LatestEntry>();
        foreach (var set in sets)
        {
            if (chosen.TryGetValue(set.Set, out var id) && items.TryGetValue(id, out var item) && slugs.TryGetValue(id, out var url))
            {
                var part = item.Get<EntryPart>();
                list.Add(new LatestEntry(id, item.DisplayText, part?.ShortDescription ?? "", part?.OrganisationName ?? "", url,
                    string.IsNullOrEmpty(item.Culture) ? culture : item.Culture, item.PublishedUtc ?? set.Date));
            }
        }

        return list;
    }
}
