namespace StocktakingCms.Calls.Services;

/// <summary>Picks one translation per localization set: the reader's language when it exists, else the first.</summary>
internal static class Translations
{
    public static IEnumerable<T> PreferCulture<T>(IEnumerable<T> items, Func<T, string> localizationSet, Func<T, string> culture, string wanted) =>
        items.GroupBy(localizationSet)
            .Select(set => set.FirstOrDefault(i => culture(i) == wanted) ?? set.First());
}
