using StocktakingCms.Core.Localization;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Entries.Submissions;

/// <summary>A term offered by the form, labelled in the reader's language, with its children.</summary>
public sealed record TermChoice(string Code, string Label, IReadOnlyList<TermChoice> Children);

/// <summary>A group of terms under a heading (countries by region).</summary>
public sealed record TermGroup(string Label, IReadOnlyList<TermChoice> Terms);

/// <summary>Every list the submission form offers, from the taxonomies, in one culture.</summary>
public sealed record SubmissionChoiceLists(
    IReadOnlyList<TermChoice> StakeholderTypes,
    IReadOnlyList<TermChoice> ProjectStatuses,
    IReadOnlyList<TermChoice> ActionLines,
    IReadOnlyList<TermChoice> Sdgs,
    IReadOnlyList<TermGroup> CountriesByRegion,
    IReadOnlyList<TermChoice> Coverage,
    IReadOnlyList<TermChoice> SpecialRepositories)
{
    /// <summary>The label of any offered term, for the review page.</summary>
    public string Label(string code) => _labels.Value.GetValueOrDefault(code, code);

    private readonly Lazy<Dictionary<string, string>> _labels = new(() =>
        StakeholderTypes.Concat(ProjectStatuses).Concat(ActionLines).Concat(Sdgs).Concat(CountriesByRegion.SelectMany(g => g.Terms))
            .Concat(Coverage).Concat(SpecialRepositories)
            .SelectMany(Flatten)
            .GroupBy(t => t.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal));

    private static IEnumerable<TermChoice> Flatten(TermChoice term) => term.Children.SelectMany(Flatten).Prepend(term);
}

/// <summary>Builds the form's lists from the taxonomies of the entry's fields.</summary>
public sealed class SubmissionChoices(TaxonomyStore taxonomies)
{
    public async Task<SubmissionChoiceLists> GetAsync(string culture, CancellationToken cancellationToken = default)
    {
        var compare = StringComparer.Create(CmsCultures.Create(culture), ignoreCase: true);
        var countries = await taxonomies.GetAsync("countries", cancellationToken);
        var regions = await taxonomies.GetAsync("regions", cancellationToken);
        var byRegion = (countries?.Taxonomy.Terms ?? [])
            .GroupBy(c => c.Attributes.GetValueOrDefault("region") ?? "")
            .Select(g => new TermGroup(
                regions?.Find(g.Key)?.Names.For(culture) ?? g.Key,
                [.. g.Select(c => Choice(c, culture)).OrderBy(c => c.Label, compare)]))
            .OrderBy(g => g.Label, compare)
            .ToList();

        return new SubmissionChoiceLists(
            await TreeAsync("stakeholder-types", culture, cancellationToken),
            await TreeAsync("project-status", culture, cancellationToken),
            await TreeAsync("action-lines", culture, cancellationToken),
            await TreeAsync("sdgs", culture, cancellationToken),
            byRegion,
            await TreeAsync("coverage", culture, cancellationToken),
            await TreeAsync("special-repositories", culture, cancellationToken));
    }

    private async Task<IReadOnlyList<TermChoice>> TreeAsync(string taxonomy, string culture, CancellationToken cancellationToken) =>
        (await taxonomies.GetAsync(taxonomy, cancellationToken))?.Taxonomy.Terms.Select(t => Choice(t, culture)).ToList() ?? [];

    private static TermChoice Choice(TaxonomyTerm term, string culture) =>
        new(term.Code, term.Names.For(culture), [.. term.Children.Select(c => Choice(c, culture))]);
}
