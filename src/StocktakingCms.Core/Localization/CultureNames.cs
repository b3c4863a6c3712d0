namespace StocktakingCms.Core.Localization;

/// <summary>
/// String rules for culture names, kept free of <see cref="System.Globalization.CultureInfo"/> so
/// they behave the same whatever ICU data the machine has.
/// </summary>
internal static class CultureNames
{
    /// <summary>"zh-Hans" → "zh", "en_US" → "en", "" → "".</summary>
    public static string GetLanguage(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        var end = cultureName.AsSpan().IndexOfAny('-', '_');
        return (end < 0 ? cultureName : cultureName[..end]).ToLowerInvariant();
    }

    /// <summary>
    /// Most specific first: "zh-Hans-CN" → "zh-Hans-CN", "zh-Hans", "zh". So "fr-CH" finds fr.po and
    /// "zh-CN" finds zh.po, while a file for the exact culture can still refine the general one.
    /// </summary>
    public static IReadOnlyList<string> GetFallbackChain(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        var chain = new List<string>();
        var name = cultureName.Replace('_', '-');
        while (name.Length > 0)
        {
            chain.Add(name);
            var end = name.LastIndexOf('-');
            name = end < 0 ? string.Empty : name[..end];
        }

        return chain;
    }
}
