namespace StocktakingCms.Demo.Vocabulary;

/// <summary>
/// What a demo project is about: its theme word lists (<see cref="DemoLanguage.Projects"/>) and
/// the classification that fits it — the WSIS action line, the SDGs and targets it serves.
/// </summary>
public sealed record DemoTheme(string Key, string ActionLine, string[] Goals, string[] Targets);

public static class DemoThemes
{
    public static readonly IReadOnlyList<DemoTheme> All =
    [
        new("health", "C7-e-health", ["3"], ["3.8", "3.d", "3.c"]),
        new("learning", "C7-e-learning", ["4"], ["4.4", "4.a", "4.1"]),
        new("government", "C7-e-government", ["16"], ["16.6", "16.9", "16.7"]),
        new("agriculture", "C7-e-agriculture", ["2", "1"], ["2.3", "2.4", "1.4"]),
        new("business", "C7-e-business", ["8", "9"], ["8.3", "8.10", "9.3"]),
        new("environment", "C7-e-environment", ["13", "11"], ["13.3", "11.5", "12.5"]),
        new("employment", "C7-e-employment", ["8"], ["8.5", "8.6"]),
        new("science", "C7-e-science", ["9"], ["9.5", "17.6"]),
        new("infrastructure", "C2", ["9"], ["9.c", "9.1"]),
        new("capacity", "C4", ["4", "5"], ["4.4", "5.b"]),
        new("security", "C5", ["16"], ["16.a"]),
        new("culture", "C8", ["11", "4"], ["11.4", "4.7"]),
        new("media", "C9", ["16"], ["16.10"]),
        new("access", "C3", ["16", "10"], ["16.10", "10.2"]),
        new("policy", "C1", ["17", "9"], ["17.14", "9.c"]),
        new("cooperation", "C11", ["17"], ["17.6", "17.16"]),
    ];

    /// <summary>An action line that often comes with the main one (enabling environment, capacity building...).</summary>
    public static readonly string[] SecondaryActionLines = ["C4", "C6", "C3", "C10", "C11", "C1"];
}
