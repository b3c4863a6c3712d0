namespace StocktakingCms.Entries.Public;

/// <summary>
/// Which version of an entry a list shows: its translation in the visitor's culture, else one
/// fixed version (the first culture in ordinal order), so the same entry is shown the same way on
/// every page and in every download.
/// </summary>
public static class TranslationChoice
{
    public static T For<T>(IEnumerable<T> versions, Func<T, string> cultureOf, string culture)
    {
        var list = versions as IReadOnlyCollection<T> ?? [.. versions];
        return list.FirstOrDefault(v => cultureOf(v) == culture) ?? list.OrderBy(cultureOf, StringComparer.Ordinal).First();
    }
}
