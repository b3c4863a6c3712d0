using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Display;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Entries.Public;

/// <summary>The home page figures: published entries by WSIS Action Line and by SDG, as two bar charts.</summary>
public sealed record EntryFiguresModel(int Total, BarChart ActionLines, BarChart Goals);

/// <summary>Builds the figures block from <see cref="EntryFigures"/>, with term names in the visitor's language.</summary>
public sealed class EntryFiguresSection(EntryFigures figures, TaxonomyStore taxonomies, IStringLocalizer<EntryFiguresSection> T) : IHomeSection
{
    public const string View = "/Areas/StocktakingCms.Entries/Views/Shared/EntryFigures.cshtml";
    public const string ActionLinesTaxonomy = "action-lines";
    public const string GoalsTaxonomy = "sdgs";

    public async Task<HomeSectionShape?> BuildAsync(string culture, CancellationToken cancellationToken)
    {
        var lines = await ChartAsync(ActionLinesTaxonomy, culture, "chart-action-lines", T["Entries by WSIS Action Line"],
            code => code, cancellationToken);
        var goals = await ChartAsync(GoalsTaxonomy, culture, "chart-sdgs", T["Entries by Sustainable Development Goal"],
            code => T["Goal {0}", code], cancellationToken);
        if (lines is null || goals is null)
        {
            return null;
        }

        return new HomeSectionShape(View, new EntryFiguresModel(lines.Value.Total, lines.Value.Chart, goals.Value.Chart), 10);
    }

    private async Task<(int Total, BarChart Chart)?> ChartAsync(
        string taxonomyCode, string culture, string id, string title, Func<string, string> shortLabel, CancellationToken cancellationToken)
    {
        if (await taxonomies.GetAsync(taxonomyCode, cancellationToken) is not { } tree)
        {
            return null;
        }

        var counts = await figures.ForAsync(taxonomyCode, cancellationToken);
        var bars = tree.Taxonomy.Terms
            .Select(term => new Bar(shortLabel(term.Code), term.Names.For(culture), counts.ByTopLevelTerm.GetValueOrDefault(term.Code),
                $"/{culture}/{taxonomyCode}/{term.Code}"))
            .ToList();
        var top = bars.OrderByDescending(b => b.Value).FirstOrDefault(b => b.Value > 0);
        var description = top is null
            ? T["No entry has been published yet."].Value
            : T["{0} published entries in all; the most frequent is {1} with {2}.", counts.Total, top.Name, top.Value].Value;
        return (counts.Total, new BarChart(id, title, description, bars));
    }
}
