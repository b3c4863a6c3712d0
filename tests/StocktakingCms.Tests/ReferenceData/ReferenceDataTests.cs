using System.Text;
using System.Text.Json;

namespace StocktakingCms.Tests.ReferenceData;

/// <summary>
/// Guards the reference taxonomies under <c>recipes/data/</c> (Action Lines, SDGs, countries, M49
/// regions and the small lists): every term is named in the six UN languages, codes are unique
/// stable identifiers, the trees have the sizes the standards give them, and each country points
/// at regions that exist. The files are read as plain JSON so that a broken file is reported here
/// with its name, not as a failed recipe step.
/// </summary>
public sealed class ReferenceDataTests
{
    /// <summary>The six UN languages, in the UN's order, as the URL names the CMS uses.</summary>
    private static readonly string[] Cultures = ["ar", "zh", "en", "fr", "ru", "es"];

    private static readonly string[] TaxonomyFiles =
    [
        "action-lines.taxonomy.json",
        "sdgs.taxonomy.json",
        "countries.taxonomy.json",
        "regions.taxonomy.json",
        "stakeholder-types.taxonomy.json",
        "coverage.taxonomy.json",
        "project-status.taxonomy.json",
        "special-repositories.taxonomy.json",
        "report-editions.taxonomy.json",
    ];

    private static readonly Lazy<string> DataFolder = new(() => Path.Combine(FindRepositoryRoot(), "recipes", "data"));

    public static TheoryData<string> Files => new(TaxonomyFiles);

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_name_every_term_in_the_six_cultures_when_a_taxonomy_file_is_read(string file)
    {
        using var document = Load(file);
        var root = document.RootElement;
        var problems = new StringBuilder();

        CheckNames(root, "(the taxonomy)", problems);
        foreach (var term in AllTerms(root))
        {
            CheckNames(term, Code(term), problems);
        }

        Assert.True(problems.Length == 0, $"{file}: names missing or empty:\n{problems}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_use_unique_ascii_codes_when_a_taxonomy_file_is_read(string file)
    {
        using var document = Load(file);
        var root = document.RootElement;
        var codes = AllTerms(root).Select(Code).ToList();

        Assert.True(IsValidCode(root.GetProperty("code").GetString()), $"{file}: the taxonomy code is not a stable identifier.");
        Assert.Equal($"{root.GetProperty("code").GetString()}.taxonomy.json", file);
        Assert.NotEmpty(codes);
        var invalid = codes.Where(c => !IsValidCode(c)).ToList();
        Assert.True(invalid.Count == 0, $"{file}: codes that are not ASCII letters, digits, '.' or '-': {string.Join(", ", invalid)}");
        var duplicates = codes.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{file}: codes used twice: {string.Join(", ", duplicates)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_only_list_the_six_cultures_as_provisional_when_a_taxonomy_file_is_read(string file)
    {
        using var document = Load(file);
        var problems = new StringBuilder();

        foreach (var term in AllTerms(document.RootElement))
        {
            if (!term.TryGetProperty("provisional", out var provisional))
            {
                continue;
            }

            Assert.Equal(JsonValueKind.Array, provisional.ValueKind);
            var cultures = provisional.EnumerateArray().Select(p => p.GetString() ?? "").ToList();
            var unknown = cultures.Where(c => !Cultures.Contains(c, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0 || cultures.Count != cultures.Distinct(StringComparer.Ordinal).Count())
            {
                problems.Append("  ").Append(Code(term)).Append(": ").AppendLine(string.Join(", ", cultures));
            }
        }

        Assert.True(problems.Length == 0, $"{file}: provisional lists other than the six culture names (once each):\n{problems}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_keep_attributes_as_strings_when_a_taxonomy_file_is_read(string file)
    {
        using var document = Load(file);

        foreach (var term in AllTerms(document.RootElement))
        {
            if (term.TryGetProperty("attributes", out var attributes))
            {
                Assert.All(attributes.EnumerateObject(), a => Assert.Equal(JsonValueKind.String, a.Value.ValueKind));
            }
        }
    }

    [Fact]
    public void Should_have_17_goals_and_169_targets_when_the_sdgs_are_read()
    {
        using var document = Load("sdgs.taxonomy.json");
        var goals = document.RootElement.GetProperty("terms").EnumerateArray().ToList();

        Assert.Equal(Enumerable.Range(1, 17).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), goals.Select(Code));
        var targets = goals.SelectMany(g => g.GetProperty("children").EnumerateArray().Select(t => (Goal: Code(g), Target: Code(t)))).ToList();
        Assert.Equal(169, targets.Count);
        Assert.All(targets, t => Assert.StartsWith(t.Goal + ".", t.Target, StringComparison.Ordinal));
        Assert.All(goals, g => Assert.All(Cultures, c => Assert.False(string.IsNullOrWhiteSpace(Text(g, "descriptions", c)), $"Goal {Code(g)} has no {c} description.")));
    }

    [Fact]
    public void Should_not_end_the_russian_goal_17_description_with_a_stray_word_when_the_sdgs_are_read()
    {
        using var document = Load("sdgs.taxonomy.json");
        var goal17 = document.RootElement.GetProperty("terms").EnumerateArray().Single(g => Code(g) == "17");

        var description = Text(goal17, "descriptions", "ru");

        Assert.False(description.TrimEnd().EndsWith("Финансирование", StringComparison.Ordinal), $"The Russian goal 17 description still ends with the stray heading: {description}");
        Assert.EndsWith("устойчивого развития", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_have_11_action_lines_and_8_c7_sub_lines_when_the_action_lines_are_read()
    {
        using var document = Load("action-lines.taxonomy.json");
        var lines = document.RootElement.GetProperty("terms").EnumerateArray().ToList();

        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"C{i}"), lines.Select(Code));
        var c7 = lines.Single(l => Code(l) == "C7");
        Assert.Equal(
            ["C7-e-government", "C7-e-business", "C7-e-learning", "C7-e-health", "C7-e-employment", "C7-e-environment", "C7-e-agriculture", "C7-e-science"],
            c7.GetProperty("children").EnumerateArray().Select(Code));
        Assert.Equal("ICT applications", Text(c7, "names", "en"));
        Assert.False(string.IsNullOrWhiteSpace(Text(c7, "descriptions", "en")), "C7 needs its full Plan of Action title as its description.");
    }

    [Fact]
    public void Should_never_mark_english_provisional_when_the_action_lines_are_read()
    {
        using var document = Load("action-lines.taxonomy.json");

        Assert.All(AllTerms(document.RootElement), t => Assert.DoesNotContain("en", t.GetProperty("provisional").EnumerateArray().Select(p => p.GetString())));
    }

    [Fact]
    public void Should_place_every_country_in_known_m49_regions_when_the_countries_are_read()
    {
        using var regionsDocument = Load("regions.taxonomy.json");
        using var countriesDocument = Load("countries.taxonomy.json");
        var regions = AllTerms(regionsDocument.RootElement).Select(Code).ToHashSet(StringComparer.Ordinal);
        var topLevel = regionsDocument.RootElement.GetProperty("terms").EnumerateArray().Select(Code).ToList();
        var countries = countriesDocument.RootElement.GetProperty("terms").EnumerateArray().ToList();
        var problems = new StringBuilder();

        Assert.Equal(["002", "019", "142", "150", "009"], topLevel);
        Assert.DoesNotContain("001", regions);
        Assert.True(countries.Count > 240, $"Only {countries.Count} countries.");
        foreach (var country in countries)
        {
            var code = Code(country);
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                problems.Append("  ").Append(code).AppendLine(": not an upper-case ISO 3166-1 alpha-2 code");
            }

            var attributes = country.GetProperty("attributes");
            foreach (var key in new[] { "m49", "region", "subRegion" })
            {
                if (!attributes.TryGetProperty(key, out var value) || value.GetString() is not { Length: 3 } m49 || !m49.All(char.IsAsciiDigit))
                {
                    problems.Append("  ").Append(code).Append(": ").Append(key).AppendLine(" is missing or not 3 digits");
                }
            }

            foreach (var key in new[] { "region", "subRegion", "intermediateRegion" })
            {
                if (attributes.TryGetProperty(key, out var value) && !regions.Contains(value.GetString() ?? ""))
                {
                    problems.Append("  ").Append(code).Append(": ").Append(key).Append(' ').Append(value.GetString()).AppendLine(" is not a code of regions.taxonomy.json");
                }
            }
        }

        var m49Codes = countries.Select(c => c.GetProperty("attributes").GetProperty("m49").GetString()).ToList();
        Assert.Equal(m49Codes.Count, m49Codes.Distinct(StringComparer.Ordinal).Count());
        Assert.True(problems.Length == 0, $"countries.taxonomy.json:\n{problems}");
    }

    [Fact]
    public void Should_keep_the_licence_notices_beside_the_data_when_the_data_folder_is_read()
    {
        foreach (var file in new[] { "LICENSE-sdg-translations.txt", "LICENSE-country-list.txt", "README.md" })
        {
            var path = Path.Combine(DataFolder.Value, file);
            Assert.True(File.Exists(path), $"{path} is missing: the MIT notices must ship beside the data they cover.");
        }
    }

    private static JsonDocument Load(string file)
    {
        var path = Path.Combine(DataFolder.Value, file);
        Assert.True(File.Exists(path), $"{path} does not exist.");
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (JsonException exception)
        {
            Assert.Fail($"{file} is not valid JSON (line {exception.LineNumber + 1}): {exception.Message}");
            throw;
        }
    }

    private static IEnumerable<JsonElement> AllTerms(JsonElement taxonomy) =>
        taxonomy.GetProperty("terms").EnumerateArray().SelectMany(SelfAndDescendants);

    private static IEnumerable<JsonElement> SelfAndDescendants(JsonElement term) =>
        term.TryGetProperty("children", out var children)
            ? children.EnumerateArray().SelectMany(SelfAndDescendants).Prepend(term)
            : [term];

    private static string Code(JsonElement term) => term.GetProperty("code").GetString() ?? "";

    private static string Text(JsonElement element, string property, string culture) =>
        element.TryGetProperty(property, out var texts) && texts.TryGetProperty(culture, out var text) ? text.GetString() ?? "" : "";

    private static void CheckNames(JsonElement element, string label, StringBuilder problems)
    {
        var missing = Cultures.Where(c => string.IsNullOrWhiteSpace(Text(element, "names", c))).ToList();
        if (missing.Count > 0)
        {
            problems.Append("  ").Append(label).Append(": ").AppendLine(string.Join(", ", missing));
        }
    }

    private static bool IsValidCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= 100 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StocktakingCms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds StocktakingCms.sln.");
    }
}
