using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.ViewModels;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Calls.Services;

/// <summary>A published letter in one language and the call it announces.</summary>
public sealed record LetterSummary(string ContentItemId, string LocalizationSet, string Culture, string Title, string? Url, string Reference, string? CallId);

/// <summary>
/// The published letters and the calls they announce, so a call's page and the archive link to
/// them. Like the calls, letters are few: read once, cached, evicted when a letter is published,
/// unpublished or deleted, and expired after a minute so other nodes follow.
/// </summary>
public sealed class LetterDirectory(CoreDbContext content, IMemoryCache cache, CallSchedule calls)
{
    public const string ContentType = "Letter";
    private const string CacheKey = "letters:published";

    public async Task<IReadOnlyList<LetterSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var items = await content.ContentItems.AsNoTracking()
                .Where(i => i.ContentType == ContentType && i.Published && !i.Deleted)
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<LetterSummary>)[.. items
                .Select(i => (Item: i, Letter: i.Get<LetterPart>()))
                .Where(x => x.Letter is not null)
                .Select(x => new LetterSummary(
                    x.Item.ContentItemId, x.Item.LocalizationSet, x.Item.Culture, x.Item.DisplayText,
                    x.Item.Get<AutoroutePart>() is { Slug.Length: > 0 } route ? $"/{x.Item.Culture}/{route.Slug}" : null,
                    x.Letter!.Reference, x.Letter.CallId))];
        }) ?? [];

    /// <summary>The letters announcing each call, by the call's localization set, in the reader's language when translated.</summary>
    public async Task<ILookup<string, LetterLink>> ByCallAsync(string culture, CancellationToken cancellationToken = default)
    {
        var callSets = (await calls.ListAsync(cancellationToken)).ToDictionary(c => c.ContentItemId, c => c.LocalizationSet, StringComparer.Ordinal);
        return Translations.PreferCulture(await ListAsync(cancellationToken), l => l.LocalizationSet, l => l.Culture, culture)
            .Where(l => l.Url is not null && l.CallId is not null && callSets.ContainsKey(l.CallId))
            .ToLookup(l => callSets[l.CallId!], l => new LetterLink(l.Title, l.Url!, l.Culture, l.Reference), StringComparer.Ordinal);
    }

    /// <summary>The letters announcing the call of <paramref name="callLocalizationSet"/>.</summary>
    public async Task<IReadOnlyList<LetterLink>> ForCallAsync(string callLocalizationSet, string culture, CancellationToken cancellationToken = default) =>
        [.. (await ByCallAsync(culture, cancellationToken))[callLocalizationSet]];

    /// <summary>The published translation of a letter in <paramref name="culture"/>, if any.</summary>
    public async Task<LetterLink?> FindTranslationAsync(string localizationSet, string culture, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(l => l.LocalizationSet == localizationSet && l.Culture == culture && l.Url is not null) is { } letter
            ? new LetterLink(letter.Title, letter.Url!, letter.Culture, letter.Reference)
            : null;

    public void Evict() => cache.Remove(CacheKey);
}
