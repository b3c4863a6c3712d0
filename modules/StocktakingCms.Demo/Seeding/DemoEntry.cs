namespace StocktakingCms.Demo.Seeding;

/// <summary>
/// One demo entry drawn from the seed, in no language yet: indexes into the parallel word lists
/// of <see cref="Vocabulary.DemoLanguage"/> and its classification. Written in its original
/// culture and in each of <see cref="Translations"/> by <see cref="DemoTexts"/>.
/// </summary>
public sealed record DemoEntry
{
    public required int Number { get; init; }

    public required string OriginalCulture { get; init; }

    public required IReadOnlyList<string> Translations { get; init; }

    public required bool Published { get; init; }

    public required DateTime PublishedUtc { get; init; }

    public required string Theme { get; init; }

    public required int Project { get; init; }

    public required int Beneficiary { get; init; }

    public required int Organisation { get; init; }

    public required int TargetGroup { get; init; }

    public required int Opening { get; init; }

    public required int Outcome { get; init; }

    public required int StartYear { get; init; }

    public required int People { get; init; }

    public required IReadOnlyList<int> Partners { get; init; }

    public required int Contact { get; init; }

    /// <summary>Country codes; the first is the one named in the title.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public required IReadOnlyList<string> ActionLines { get; init; }

    public required IReadOnlyList<string> Goals { get; init; }

    public required IReadOnlyList<string> Targets { get; init; }

    public required string StakeholderType { get; init; }

    public required string Coverage { get; init; }

    public required string Status { get; init; }

    public required IReadOnlyList<string> Repositories { get; init; }

    public required string? Edition { get; init; }
}
