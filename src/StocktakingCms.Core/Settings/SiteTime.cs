using System.Globalization;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Core.Settings;

/// <summary>
/// Shows stored UTC times in the site's time zone (Geneva by default) and the reader's culture,
/// with the zone named, so "17:05" is never ambiguous.
/// </summary>
public sealed class SiteTime(SiteDocuments documents)
{
    private TimeZoneInfo? _zone;

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public async Task<string> FormatAsync(DateTime utc)
    {
        _zone ??= TimeZoneInfo.TryFindSystemTimeZoneById((await documents.GetAsync<SiteSettings>()).TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
        var offset = _zone.GetUtcOffset(local);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.CurrentCulture, $"{local:g} (UTC{sign}{offset:hh\\:mm})");
    }
}
