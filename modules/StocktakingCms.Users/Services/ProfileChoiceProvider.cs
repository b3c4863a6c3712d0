using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Localization;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Users.ViewModels;

namespace StocktakingCms.Users.Services;

/// <summary>
/// The stakeholder types, countries and languages an account form offers, from the taxonomies,
/// labelled and sorted for the reader, and the check that a posted code is one of them.
/// </summary>
public sealed class ProfileChoiceProvider(TaxonomyStore taxonomies, IStringLocalizer<ProfileChoiceProvider> T)
{
    public const string StakeholderTypesTaxonomy = "stakeholder-types";
    public const string CountriesTaxonomy = "countries";

    public async Task<ProfileChoices> GetAsync(string culture, CancellationToken cancellationToken = default)
    {
        var comparer = StringComparer.Create(CmsCultures.Create(culture), ignoreCase: true);
        return new ProfileChoices(
            await LeavesAsync(StakeholderTypesTaxonomy, culture, sort: null, cancellationToken),
            await LeavesAsync(CountriesTaxonomy, culture, comparer, cancellationToken),
            // Each language in its own name, as a language chooser should be.
            [.. CmsCultures.Cultures.Select(c => new Choice(c.Name, c.NativeName))]);
    }

    /// <summary>The fields whose posted code is not one offered, with a message for each.</summary>
    public async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(AccountProfileFields fields, CancellationToken cancellationToken = default)
    {
        var problems = new List<(string, string)>();
        if (fields.StakeholderType is { } type && !await IsTermAsync(StakeholderTypesTaxonomy, type, cancellationToken))
        {
            problems.Add((nameof(fields.StakeholderType), T["Choose the type of your organisation."]));
        }

        if (fields.Country is { } country && !await IsTermAsync(CountriesTaxonomy, country, cancellationToken))
        {
            problems.Add((nameof(fields.Country), T["Choose your country."]));
        }

        if (fields.PreferredCulture is { } language && !CmsCultures.IsSupported(language))
        {
            problems.Add((nameof(fields.PreferredCulture), T["Choose the language for our e-mails."]));
        }

        return problems;
    }

    /// <summary>The label of a term in the reader's language, or the code when the term is gone.</summary>
    public async Task<string?> LabelAsync(string taxonomy, string? code, string culture, CancellationToken cancellationToken = default) =>
        code is null ? null : (await taxonomies.GetAsync(taxonomy, cancellationToken))?.Find(code)?.Names.For(culture) ?? code;

    private async Task<bool> IsTermAsync(string taxonomy, string code, CancellationToken cancellationToken) =>
        (await taxonomies.GetAsync(taxonomy, cancellationToken))?.Find(code) is { Children.Count: 0 };

    private async Task<IReadOnlyList<Choice>> LeavesAsync(string taxonomy, string culture, IComparer<string>? sort, CancellationToken cancellationToken)
    {
        var tree = await taxonomies.GetAsync(taxonomy, cancellationToken);
        if (tree is null)
        {
            return [];
        }

        var leaves = tree.Taxonomy.Terms.SelectMany(t => t.SelfAndDescendants())
            .Where(t => t.Children.Count == 0)
            .Select(t => new Choice(t.Code, t.Names.For(culture)));
        return sort is null ? [.. leaves] : [.. leaves.OrderBy(c => c.Label, sort)];
    }
}
