namespace StocktakingCms.Entries;

/// <summary>The taxonomy field names of the StocktakingEntry type (in its TermsPart settings).</summary>
public static class EntryFields
{
    public const string ContentType = "StocktakingEntry";
    public const string ActionLines = "actionLines";
    public const string SdgGoals = "sdgGoals";
    public const string SdgTargets = "sdgTargets";
    public const string StakeholderType = "stakeholderType";
    public const string Countries = "countries";
    public const string Regions = "regions";
    public const string Coverage = "coverage";
    public const string Status = "status";
    public const string SpecialRepositories = "specialRepositories";
    public const string Edition = "edition";

    /// <summary>The parent action line every C7 sub-line implies.</summary>
    public const string ApplicationsActionLine = "C7";
}
