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

    public async Task<string> FormatAsync(DateTime utc) => Format(await ToLocalAsync(utc), await GetZoneAsync(), "g");

    /// <summary>Like <see cref="FormatAsync"/> with the long date ("31 January 2023 23:59 (UTC+01:00)").</summary>
    public async Task<string> FormatLongAsync(DateTime utc) =>
        Format(await ToLocalAsync(utc), await GetZoneAsync(), CultureInfo.CurrentCulture.DateTimeFormat.LongDatePattern + " " + CultureInfo.CurrentCulture.DateTimeFormat.ShortTimePattern);

    /// <summary>The site's time zone (settings <c>timeZone</c>, Europe/Zurich by default: Geneva time).</summary>
    public async Task<TimeZoneInfo> GetZoneAsync() =>
        _zone ??= TimeZoneInfo.TryFindSystemTimeZoneById((await documents.GetAsync<SiteSettings>()).TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A stored UTC time as the site's wall-clock time.</summary>
    public async Task<DateTime> ToLocalAsync(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), await GetZoneAsync());

    /// <summary>
    /// A wall-clock time typed by an editor in the site's zone, as UTC. A time skipped by a
    /// daylight-saving change is moved forward by the gap rather than refused.
    /// </summary>
    public async Task<DateTime> ToUtcAsync(DateTime local)
    {
        var zone = await GetZoneAsync();
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    private static string Format(DateTime local, TimeZoneInfo zone, string pattern)
    {
        var offset = zone.GetUtcOffset(local);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.CurrentCulture, $"{local.ToString(pattern, CultureInfo.CurrentCulture)} (UTC{sign}{offset:hh\\:mm})");
    }
}
