using StocktakingCms.Core.Localization;
using StocktakingCms.Demo.Seeding;
using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Benchmarks;

/// <summary>
/// Visitors' searches: words of the demo vocabulary in the visitor's language (one or two, as
/// people type them), half of them with one or two facet values selected; every facet is counted.
/// </summary>
public static class QueryMaker
{
    private static readonly Dictionary<string, string[]> Words = CmsCultures.All.ToDictionary(
        c => c,
        c => DemoTexts.Languages[c].Projects.Values.SelectMany(p => p)
            .SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 5 || (c == "zh" && w.Length >= 2))
            .Distinct(StringComparer.Ordinal)
            .ToArray());

    private static readonly (string Facet, string[] Codes)[] Filters =
    [
        ("actionLine", ["C7", "C7-e-health", "C4", "C2", "C8"]),
        ("sdg", ["3", "4", "9", "16", "17", "4.4"]),
        ("stakeholderType", ["government", "civil-society", "academia", "private-sector"]),
        ("region", ["002", "019", "142", "150"]),
        ("status", ["ongoing", "completed"]),
        ("year", ["2021", "2023", "2025"]),
    ];

    public static EntrySearchRequest Text(Random random)
    {
        var culture = CmsCultures.All[random.Next(CmsCultures.All.Count)];
        var words = Words[culture];
        var q = random.NextDouble() < 0.6 ? words[random.Next(words.Length)] : $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}";
        return new EntrySearchRequest { Culture = culture, Q = q, Filters = SomeFilters(random) };
    }

    /// <summary>No words (every entry matches, newest first): the heaviest facet count.</summary>
    public static EntrySearchRequest Browse(Random random) =>
        new() { Culture = CmsCultures.All[random.Next(CmsCultures.All.Count)], Filters = SomeFilters(random) };

    private static Dictionary<string, IReadOnlyList<string>> SomeFilters(Random random)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var count = random.NextDouble() switch { < 0.5 => 0, < 0.8 => 1, _ => 2 };
        for (var i = 0; i < count; i++)
        {
            var (facet, codes) = Filters[random.Next(Filters.Length)];
            filters[facet] = [codes[random.Next(codes.Length)]];
        }

        return filters;
    }
}
