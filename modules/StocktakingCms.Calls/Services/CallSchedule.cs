using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using StocktakingCms.Calls.Models;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Calls.Services;

/// <summary>A published call in one language.</summary>
public sealed record CallSummary(string ContentItemId, string LocalizationSet, string Culture, string Title, string? Url, DateTime OpensUtc, DateTime ClosesUtc, bool IsSample, string? Edition)
{
    public bool IsOpenAt(DateTime utc) => OpensUtc <= utc && utc < ClosesUtc;
}

/// <summary>
/// Which call is open now, which closed last, and the archive. Calls are few (one or two a
/// year, in six languages), so the published ones are read once and cached; publishing or
/// unpublishing a call evicts the cache, and it expires after a minute anyway so other nodes follow.
/// </summary>
public sealed class CallSchedule(CoreDbContext content, IMemoryCache cache, TimeProvider clock)
{
    public const string ContentType = "CallForEntries";

    /// <summary>The taxonomy field of the call type naming the report edition it feeds.</summary>
    public const string EditionField = "edition";
    private const string CacheKey = "calls:published";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>All published calls, newest deadline first, every language.</summary>
    public async Task<IReadOnlyList<CallSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var items = await content.ContentItems.AsNoTracking()
                .Where(i => i.ContentType == ContentType && i.Published && !i.Deleted)
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<CallSummary>)[.. items
                .Select(i => (Item: i, Call: i.Get<CallPart>()))
                .Where(x => x.Call is not null)
                .Select(x => new CallSummary(
                    x.Item.ContentItemId, x.Item.LocalizationSet, x.Item.Culture, x.Item.DisplayText,
                    x.Item.Get<AutoroutePart>() is { Slug.Length: > 0 } route ? $"/{x.Item.Culture}/{route.Slug}" : null,
                    x.Call!.OpensUtc, x.Call.ClosesUtc, x.Call.IsSample,
                    x.Item.Get<TermsPart>()?.Get(EditionField) is [var edition, ..] ? edition : null))
                .OrderByDescending(c => c.ClosesUtc)];
        }) ?? [];

    /// <summary>The call taking submissions now, in the reader's language when it has that translation.</summary>
    public async Task<CallSummary?> GetOpenAsync(string culture, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return PreferCulture((await ListAsync(cancellationToken)).Where(c => c.IsOpenAt(now)), culture).FirstOrDefault();
    }

    /// <summary>The call that closed most recently, for "the last call closed on ...".</summary>
    public async Task<CallSummary?> GetLastClosedAsync(string culture, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return PreferCulture((await ListAsync(cancellationToken)).Where(c => c.ClosesUtc <= now), culture).FirstOrDefault();
    }

    /// <summary>One row per call (localization set), in the reader's language when translated.</summary>
    public async Task<IReadOnlyList<CallSummary>> ArchiveAsync(string culture, CancellationToken cancellationToken = default) =>
        [.. PreferCulture(await ListAsync(cancellationToken), culture)];

    public void Evict() => cache.Remove(CacheKey);

    /// <summary>Whole days until the deadline, counting a part of a day as a day; 0 once closed.</summary>
    public static int DaysLeft(CallPart call, DateTime now) => DaysLeft(call.ClosesUtc, now);

    public static int DaysLeft(DateTime closesUtc, DateTime now) =>
        closesUtc <= now ? 0 : (int)Math.Ceiling((closesUtc - now).TotalDays);

    private static IEnumerable<CallSummary> PreferCulture(IEnumerable<CallSummary> calls, string culture) =>
        Translations.PreferCulture(calls, c => c.LocalizationSet, c => c.Culture, culture).OrderByDescending(c => c.ClosesUtc);
}
