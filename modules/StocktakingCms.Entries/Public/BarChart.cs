namespace StocktakingCms.Entries.Public;

/// <summary>One bar: a short label drawn beside it, the full name for the data table, its value and page.</summary>
public sealed record Bar(string ShortLabel, string Name, int Value, string? Url);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (no script): <paramref name="Id"/> makes the
/// ids of its title and description unique on the page.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars)
{
    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
}
