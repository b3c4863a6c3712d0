using System.Collections.Concurrent;
using System.Globalization;

namespace StocktakingCms.Core.Localization;

/// <summary>The site's languages: the six UN official languages, in the UN's language-bar order.</summary>
public static class CmsCultures
{
    public const string Default = "en";

    // The URL name "zh" means Simplified Chinese, as at the UN; its CultureInfo must say so.
    private static readonly (string Name, string CultureName, string NativeName)[] Table =
    [
        ("ar", "ar", "عربي"),
        ("zh", "zh-Hans", "中文"),
        ("en", "en", "English"),
        ("fr", "fr", "Français"),
        ("ru", "ru", "Русский"),
        ("es", "es", "Español"),
    ];

    private static readonly ConcurrentDictionary<string, CultureInfo> Created = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The URL names: "ar", "zh", "en", "fr", "ru", "es".</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The same languages with native name, direction and Gregorian CultureInfo.</summary>
    public static IReadOnlyList<CmsCulture> Cultures { get; } =
        [.. Table.Select(t => new CmsCulture(t.Name, t.NativeName, t.Name == "ar", Create(t.CultureName)))];

    /// <summary>The site culture of the current request's UI culture, or the default one.</summary>
    public static CmsCulture Current => Find(CultureInfo.CurrentUICulture.Name) ?? Cultures.First(c => c.Name == Default);

    /// <summary>The URL name of the current request's UI culture ("zh" for zh-Hans), or the default.</summary>
    public static string CurrentName => Current.Name;

    /// <summary>True for the URL names only ("zh", not "zh-CN"): see <see cref="Find"/> for mapping.</summary>
    public static bool IsSupported(string? name) => name is not null && All.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The supported language for any culture name: "zh-CN" and "zh-Hans" → zh, "fr-CH" → fr;
    /// null when the language is not one of the six.
    /// </summary>
    public static CmsCulture? Find(string? cultureName)
    {
        if (string.IsNullOrEmpty(cultureName))
        {
            return null;
        }

        var language = CultureNames.GetLanguage(cultureName);
        return Cultures.FirstOrDefault(c => c.Name == language);
    }

    public static string GetNativeName(string cultureName) =>
        Find(cultureName)?.NativeName ?? CultureInfo.GetCultureInfo(cultureName).NativeName;

    public static bool IsRightToLeft(string cultureName) =>
        Find(cultureName)?.IsRightToLeft ?? CultureInfo.GetCultureInfo(cultureName).TextInfo.IsRightToLeft;

    /// <summary>The value of an HTML <c>dir</c> attribute for text in <paramref name="cultureName"/> ("ltr" when none is known).</summary>
    public static string DirectionOf(string? cultureName) => cultureName is not null && IsRightToLeft(cultureName) ? "rtl" : "ltr";

    /// <summary>
    /// A read-only CultureInfo for <paramref name="name"/> ("zh" gives zh-Hans) that formats dates
    /// in the Gregorian calendar. ar-SA defaults to Umm al-Qura (and th-TH to Buddhist), while UN
    /// documents use Gregorian dates in every language. Pass these instances, not names, to
    /// request localization: a name would be turned back into the default-calendar culture.
    /// </summary>
    public static CultureInfo Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Created.GetOrAdd(name, static n => WithGregorianCalendar(CultureInfo.GetCultureInfo(MapName(n))));
    }

    private static string MapName(string name)
    {
        foreach (var (urlName, cultureName, _) in Table)
        {
            if (string.Equals(urlName, name, StringComparison.OrdinalIgnoreCase))
            {
                return cultureName;
            }
        }

        return name;
    }

    private static CultureInfo WithGregorianCalendar(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }

        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>()
            .OrderBy(c => c.CalendarType == GregorianCalendarTypes.Localized ? 0 : 1)
            .FirstOrDefault();
        if (gregorian is null)
        {
            return culture;
        }

        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = gregorian;

        // Shared across requests and threads: freeze it so no caller can change it for everyone.
        return CultureInfo.ReadOnly(clone);
    }
}
