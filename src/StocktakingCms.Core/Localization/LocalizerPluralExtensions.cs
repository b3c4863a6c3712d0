using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// <c>T.Plural(count, "{0} page", "{0} pages")</c>: looks up the PO entry whose msgid is the
/// singular and msgid_plural the plural, and picks the form for the current UI culture. Untranslated
/// text uses the English rule. Without <paramref name="args"/>, the count is {0}.
/// </summary>
public static class LocalizerPluralExtensions
{
    public static string Plural(this IStringLocalizer localizer, int count, string singular, string plural, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[singular, new PluralArgument(count, plural, args ?? [])].Value;
    }

    /// <summary>For views using <c>IViewLocalizer</c>; the result is plain text, so Razor encodes it.</summary>
    public static string Plural(this IHtmlLocalizer localizer, int count, string singular, string plural, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer.GetString(singular, new PluralArgument(count, plural, args ?? [])).Value;
    }
}
