using StocktakingCms.Demo.Vocabulary;

namespace StocktakingCms.Demo.Seeding;

/// <summary>
/// Draws demo entries from one seeded random sequence, entry after entry, so the same seed always
/// gives the same entries whatever the batch size. Proportions follow the real repository roughly:
/// most entries in English, French and Spanish; one in four translated; C7 applications first.
/// </summary>
public sealed class DemoGenerator(int seed, IReadOnlyList<string> countryCodes, double unpublishedShare)
{
    private static readonly (string Culture, int Weight)[] OriginalCultures = [("en", 40), ("fr", 18), ("es", 18), ("ru", 8), ("ar", 8), ("zh", 8)];

    /// <summary>Stakeholder type by organisation index (a ministry is government, a university academia...).</summary>
    private static readonly string[] OrganisationTypes =
        ["government", "government", "civil-society", "academia", "civil-society", "civil-society", "private-sector", "other"];

    private static readonly (string Code, int Weight)[] Coverages = [("local", 30), ("national", 45), ("regional", 15), ("international", 10)];
    private static readonly (string Code, int Weight)[] Statuses = [("planned", 15), ("ongoing", 55), ("completed", 30)];
    private static readonly string[] Repositories = ["covid-19", "healthy-ageing", "women-in-tech", "indigenous-languages"];

    private static readonly DateTime FirstPublication = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const int PublicationDays = 2_730; // up to mid-2026

    public IEnumerable<DemoEntry> Generate(int count)
    {
        var random = new Random(seed);
        for (var number = 1; number <= count; number++)
        {
            yield return Next(random, number);
        }
    }

    private DemoEntry Next(Random random, int number)
    {
        var theme = DemoThemes.All[random.Next(DemoThemes.All.Count)];
        var original = Weighted(random, OriginalCultures);
        var translations = random.NextDouble() < 0.25 ? TranslationsOf(random, original) : [];
        var published = FirstPublication.AddDays(random.Next(PublicationDays)).AddMinutes(random.Next(24 * 60));
        var organisation = random.Next(8);

        var actionLines = new List<string> { theme.ActionLine };
        if (random.NextDouble() < 0.4)
        {
            actionLines.Add(DemoThemes.SecondaryActionLines[random.Next(DemoThemes.SecondaryActionLines.Length)]);
        }

        var targets = theme.Targets.Where(_ => random.NextDouble() < 0.5).ToList();
        var countries = new List<string> { countryCodes[random.Next(countryCodes.Count)] };
        var more = random.NextDouble();
        for (var extra = more < 0.8 ? 0 : more < 0.95 ? 1 : 3; extra > 0; extra--)
        {
            countries.Add(countryCodes[random.Next(countryCodes.Count)]);
        }

        var repository = random.NextDouble() < 0.12 ? Repositories[random.Next(Repositories.Length)] : null;
        var partners = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next(English.Words.Partners.Length)).Distinct().ToList();
        return new DemoEntry
        {
            Number = number,
            OriginalCulture = original,
            Translations = translations,
            Published = random.NextDouble() >= unpublishedShare,
            PublishedUtc = published,
            Theme = theme.Key,
            Project = random.Next(2),
            Beneficiary = random.Next(English.Words.Beneficiaries.Length),
            Organisation = organisation,
            TargetGroup = random.Next(English.Words.TargetGroups.Length),
            Opening = random.Next(English.Words.Openings.Length),
            Outcome = random.Next(English.Words.Outcomes.Length),
            StartYear = Math.Min(published.Year, 2012 + random.Next(14)),
            People = (1 + random.Next(99)) * (random.NextDouble() < 0.3 ? 1_000 : 50),
            Partners = partners,
            Contact = random.Next(English.Words.ContactNames.Length),
            Countries = [.. countries.Distinct(StringComparer.Ordinal)],
            ActionLines = [.. actionLines.Distinct(StringComparer.Ordinal)],
            // Every target's goal is among the goals, as the submission form asks.
            Goals = [.. theme.Goals.Concat(targets.Select(t => t[..t.IndexOf('.', StringComparison.Ordinal)])).Distinct(StringComparer.Ordinal)],
            Targets = targets,
            StakeholderType = OrganisationTypes[organisation],
            Coverage = countries.Count > 1 ? "regional" : Weighted(random, Coverages),
            Status = Weighted(random, Statuses),
            Repositories = repository is null ? [] : [repository],
            Edition = published.Year is >= 2023 and <= 2027 ? published.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>One or two other cultures, English first when the original is not English (as translators work).</summary>
    private static List<string> TranslationsOf(Random random, string original)
    {
        var others = OriginalCultures.Select(c => c.Culture).Where(c => c != original).ToList();
        var first = original == "en" ? others[random.Next(others.Count)] : "en";
        var translations = new List<string> { first };
        if (random.NextDouble() < 0.3)
        {
            var second = others[random.Next(others.Count)];
            if (second != first)
            {
                translations.Add(second);
            }
        }

        return translations;
    }

    private static string Weighted(Random random, (string Value, int Weight)[] choices)
    {
        var pick = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (pick < weight)
            {
                return value;
            }

            pick -= weight;
        }

        return choices[^1].Value;
    }
}
