using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Localization.Services;

/// <summary>A culture of an item's localization set: the translation's id, or null when missing.</summary>
public sealed record TranslationLink(string Culture, string? ContentItemId, bool IsPublished)
{
    public bool Exists => ContentItemId is not null;
}

/// <summary>The items of a localization set, one per culture, in the language bar's order.</summary>
public sealed class TranslationQuery(CoreDbContext db)
{
    public async Task<IReadOnlyList<TranslationLink>> ListAsync(string localizationSet, CancellationToken cancellationToken)
    {
        var items = await db.ContentItems.AsNoTracking()
            .Where(i => i.LocalizationSet == localizationSet && i.Latest && !i.Deleted)
            .Select(i => new { i.Culture, i.ContentItemId, i.Published })
            .ToListAsync(cancellationToken);
        return [.. CmsCultures.All.Select(culture => items.FirstOrDefault(i => i.Culture == culture) is { } item
            ? new TranslationLink(culture, item.ContentItemId, item.Published)
            : new TranslationLink(culture, null, false))];
    }
}
