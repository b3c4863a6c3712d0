using AngleSharp.Dom;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// The home page figures as a screen reader and a sighted visitor get them: two SVG bar charts
/// (the 11 WSIS Action Lines, the 17 SDGs) named and described by their own title and description
/// in the visitor's language, every bar's figure repeated in a table that links each term's page,
/// and in Arabic the labels anchored at the right.
/// </summary>
public abstract class HomeFiguresTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData("en", "Entries by WSIS Action Line", "start")]
    [InlineData("ar", "المدخلات حسب خط عمل القمة العالمية لمجتمع المعلومات", "end")]
    public async Task Should_draw_accessible_charts_by_action_line_and_sdg_with_the_same_figures_in_a_table(string culture, string firstTitle, string anchor)
    {
        var home = await Html.GetAsync(CreateClient(), $"/{culture}/");

        var charts = home.QuerySelectorAll("figure.chart");
        Assert.Equal(2, charts.Length);
        Assert.Equal([11, 17], charts.Select(c => c.QuerySelectorAll("rect.bar").Length));
        Assert.Equal(firstTitle, charts[0].QuerySelector("svg title")?.TextContent.Trim());
        foreach (var chart in charts)
        {
            var svg = chart.QuerySelector("svg[role=img]")!;
            var names = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => home.GetElementById(id)?.TextContent.Trim()).ToList();
            Assert.Equal(2, names.Count);
            Assert.All(names, n => Assert.False(string.IsNullOrEmpty(n)));
            Assert.All(svg.QuerySelectorAll("text.bar-label"), t => Assert.Equal(anchor, t.GetAttribute("text-anchor")));

            // The table says what the bars draw, bar by bar, and links each term's page in the visitor's language.
            var drawn = svg.QuerySelectorAll("text.bar-value").Select(Text).ToList();
            var rows = chart.QuerySelectorAll("table tbody tr");
            Assert.Equal(drawn, rows.Select(r => Text(r.QuerySelector("td"))));
            Assert.All(rows, r => Assert.StartsWith($"/{culture}/", r.QuerySelector("th a")?.GetAttribute("href"), StringComparison.Ordinal));
        }
    }

    private static string Text(IElement? element) => element?.TextContent.Trim() ?? "";
}

public sealed class HomeFiguresSqliteTests(SharedSite site) : HomeFiguresTests(DatabaseProvider.Sqlite, site);

public sealed class HomeFiguresPostgresTests(SharedSite site) : HomeFiguresTests(DatabaseProvider.Postgres, site);
