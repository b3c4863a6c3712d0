using System.Globalization;
using StocktakingCms.Demo.Vocabulary;

namespace StocktakingCms.Demo.Seeding;

/// <summary>The words of one demo entry in one language: title, descriptions, organisation, partners.</summary>
public sealed record DemoTexts(
    string Title,
    string ShortDescription,
    string FullDescription,
    string OrganisationName,
    string TargetGroups,
    List<string> Partners,
    string ContactName)
{
    public static readonly IReadOnlyDictionary<string, DemoLanguage> Languages = new Dictionary<string, DemoLanguage>(StringComparer.Ordinal)
    {
        ["en"] = English.Words,
        ["fr"] = French.Words,
        ["es"] = Spanish.Words,
        ["ru"] = Russian.Words,
        ["ar"] = Arabic.Words,
        ["zh"] = Chinese.Words,
    };

    /// <param name="countryName">The name of the entry's first country in <paramref name="culture"/>.</param>
    public static DemoTexts Write(DemoEntry entry, string culture, string countryName)
    {
        var words = Languages[culture];
        var format = CultureInfo.GetCultureInfo(culture);
        var project = words.Projects[entry.Theme][entry.Project];
        var title = DemoLanguage.Capitalize(string.Format(format, words.TitleFormat, project, words.Beneficiaries[entry.Beneficiary], countryName));
        var organisation = string.Format(format, words.Organisations[entry.Organisation], countryName);
        var targetGroup = words.TargetGroups[entry.TargetGroup];
        var opening = string.Format(format, words.Openings[entry.Opening], organisation, targetGroup);
        var outcome = string.Format(format, words.Outcomes[entry.Outcome], entry.StartYear.ToString(CultureInfo.InvariantCulture), entry.People.ToString("N0", format));
        var partners = entry.Partners.Select(p => words.Partners[p]).ToList();
        var separator = culture == "zh" ? "" : " ";
        var summary = string.Join(separator, opening, words.Activities[entry.Theme]);
        var full = $"{summary}{separator}{outcome}\n\n{string.Format(format, words.PartnersSentence, string.Join(words.ListSeparator, partners))}";
        return new DemoTexts(title, summary, full, organisation, DemoLanguage.Capitalize(targetGroup), partners, words.ContactNames[entry.Contact]);
    }
}
