namespace StocktakingCms.Core.Localization;

/// <summary>
/// Which msgstr[N] to use for a count, per language, as gettext's Plural-Forms for the six UN
/// languages define it. Hard-coded rather than read from each PO header so that every module's
/// file agrees and translators cannot ship a broken expression.
/// </summary>
public static class PluralRules
{
    /// <summary>Number of plural forms (msgstr[0..n-1]) a PO file for this culture should carry.</summary>
    public static int GetFormCount(string cultureName) => CultureNames.GetLanguage(cultureName) switch
    {
        "ar" => 6,
        "ru" => 3,
        "zh" => 1,
        _ => 2,
    };

    /// <summary>The msgstr index for <paramref name="count"/>; unknown languages use the English rule.</summary>
    public static int GetIndex(string cultureName, int count)
    {
        // gettext evaluates the rule on an unsigned n; a long avoids overflow for int.MinValue.
        var n = Math.Abs((long)count);
        return CultureNames.GetLanguage(cultureName) switch
        {
            "ar" => Arabic(n),
            "ru" => Russian(n),
            "zh" => 0,
            "fr" => n > 1 ? 1 : 0,
            _ => n != 1 ? 1 : 0,
        };
    }

    // plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)
    private static int Arabic(long n) => n switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        _ when n % 100 is >= 3 and <= 10 => 3,
        _ when n % 100 >= 11 => 4,
        _ => 5,
    };

    // plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2)
    private static int Russian(long n)
    {
        if (n % 10 == 1 && n % 100 != 11)
        {
            return 0;
        }

        return n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? 1 : 2;
    }
}
