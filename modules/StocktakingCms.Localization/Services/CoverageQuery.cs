using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Localization.Services;

/// <summary>How one culture of a content type is covered: items written in it, and items (localization sets) without it.</summary>
public sealed record CultureCoverage(int Items, int Missing);

/// <summary>One translatable type: how many distinct items (localization sets) it has, and each culture's coverage.</summary>
public sealed record TypeCoverage(ContentTypeDefinition Type, int Sets, IReadOnlyDictionary<string, CultureCoverage> Cultures);

/// <summary>An item with no version in the culture asked for: its best existing version and the cultures it has.</summary>
public sealed record MissingTranslation(string ContentItemId, string DisplayText, string Culture, IReadOnlyList<string> Cultures);

public sealed record MissingPage(IReadOnlyList<MissingTranslation> Items, int Total, int Page, int PageSize)
{
    public int PageCount => (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// The translation coverage table. Counts are over the latest version of every item that is not
/// deleted (drafts count: a translation being written is not missing).
/// </summary>
public sealed class CoverageQuery(CoreDbContext db, IContentDefinitionStore definitions)
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> TranslatableTypesAsync(CancellationToken cancellationToken) =>
        [.. (await definitions.ListTypesAsync(cancellationToken)).Where(t => t.Settings.Translatable)];

    public async Task<IReadOnlyList<TypeCoverage>> BuildAsync(CancellationToken cancellationToken)
    {
        var types = await TranslatableTypesAsync(cancellationToken);
        var names = types.Select(t => t.Name).ToList();
        var rows = await db.ContentItems.AsNoTracking()
            .Where(i => i.Latest && !i.Deleted && i.Culture != "" && names.Contains(i.ContentType))
            .GroupBy(i => new { i.ContentType, i.Culture })
            .Select(g => new { g.Key.ContentType, g.Key.Culture, Items = g.Count(), Sets = g.Select(i => i.LocalizationSet).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var sets = await db.ContentItems.AsNoTracking()
            .Where(i => i.Latest && !i.Deleted && i.Culture != "" && names.Contains(i.ContentType))
            .GroupBy(i => i.ContentType)
            .Select(g => new { ContentType = g.Key, Sets = g.Select(i => i.LocalizationSet).Distinct().Count() })
            .ToDictionaryAsync(s => s.ContentType, s => s.Sets, cancellationToken);
        return [.. types.Select(type =>
        {
            var total = sets.GetValueOrDefault(type.Name);
            return new TypeCoverage(type, total, CmsCultures.All.ToDictionary(culture => culture, culture =>
                rows.FirstOrDefault(r => r.ContentType == type.Name && r.Culture == culture) is { } row
                    ? new CultureCoverage(row.Items, total - row.Sets)
                    : new CultureCoverage(0, total)));
        })];
    }

    /// <summary>The items of <paramref name="type"/> (all translatable types when null) that have no version in <paramref name="culture"/>.</summary>
    public async Task<MissingPage> ListMissingAsync(string? type, string culture, int page, int pageSize, CancellationToken cancellationToken)
    {
        var names = type is null ? (await TranslatableTypesAsync(cancellationToken)).Select(t => t.Name).ToList() : [type];
        var versions = await db.ContentItems.AsNoTracking()
            .Where(i => i.Latest && !i.Deleted && i.Culture != "" && names.Contains(i.ContentType))
            .Select(i => new { i.LocalizationSet, i.ContentItemId, i.DisplayText, i.Culture, i.ModifiedUtc })
            .ToListAsync(cancellationToken);
        var missing = versions.GroupBy(v => v.LocalizationSet)
            .Where(set => set.All(v => v.Culture != culture))
            .Select(set =>
            {
                // Shown by its version in the site's default language when there is one.
                var best = set.OrderBy(v => v.Culture == CmsCultures.Default ? 0 : 1).ThenBy(v => v.Culture, StringComparer.Ordinal).First();
                return (Modified: set.Max(v => v.ModifiedUtc), Item: new MissingTranslation(
                    best.ContentItemId, best.DisplayText, best.Culture, [.. CmsCultures.All.Where(c => set.Any(v => v.Culture == c))]));
            })
            .OrderByDescending(m => m.Modified)
            .Select(m => m.Item)
            .ToList();
        page = Math.Clamp(page, 1, Math.Max(1, (missing.Count + pageSize - 1) / pageSize));
        return new MissingPage([.. missing.Skip((page - 1) * pageSize).Take(pageSize)], missing.Count, page, pageSize);
    }
}
