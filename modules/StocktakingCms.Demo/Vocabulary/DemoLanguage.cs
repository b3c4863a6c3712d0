namespace StocktakingCms.Demo.Vocabulary;

/// <summary>
/// The words of demo entries in one language. Every list is parallel across languages (the same
/// index means the same thing), so an entry drawn once can be written in any language and its
/// translations are real translations of it. Formats use <c>{0}</c>, <c>{1}</c>... slots.
/// </summary>
public sealed record DemoLanguage
{
    public required string Culture { get; init; }

    /// <summary>{0} project, {1} who it serves, {2} country.</summary>
    public required string TitleFormat { get; init; }

    /// <summary>Per theme key (see <see cref="DemoThemes"/>): two kinds of project, lower case.</summary>
    public required IReadOnlyDictionary<string, string[]> Projects { get; init; }

    /// <summary>Per theme key: one sentence telling what the project does.</summary>
    public required IReadOnlyDictionary<string, string> Activities { get; init; }

    /// <summary>Who a project serves, as it follows the project in a title.</summary>
    public required string[] Beneficiaries { get; init; }

    /// <summary>Organisations; {0} is the country.</summary>
    public required string[] Organisations { get; init; }

    /// <summary>Target groups, as they follow "works with".</summary>
    public required string[] TargetGroups { get; init; }

    /// <summary>{0} organisation, {1} target group.</summary>
    public required string[] Openings { get; init; }

    /// <summary>{0} year, {1} number of people.</summary>
    public required string[] Outcomes { get; init; }

    /// <summary>{0} the partners, joined.</summary>
    public required string PartnersSentence { get; init; }

    public required string ListSeparator { get; init; }

    public required string[] Partners { get; init; }

    public required string[] ContactNames { get; init; }

    /// <summary>Upper-cases the first letter (no-op for scripts without case).</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
