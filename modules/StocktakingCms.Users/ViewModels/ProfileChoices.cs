namespace StocktakingCms.Users.ViewModels;

/// <summary>One option of a drop-down list: the code that is stored and the label shown.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>The lists an account form offers, labelled in the visitor's language.</summary>
public sealed record ProfileChoices(IReadOnlyList<Choice> StakeholderTypes, IReadOnlyList<Choice> Countries, IReadOnlyList<Choice> Cultures)
{
    public static ProfileChoices Empty { get; } = new([], [], []);
}
