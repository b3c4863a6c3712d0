namespace StocktakingCms.Entries.Submissions;

/// <summary>One page of the submission form and the form fields it shows.</summary>
public sealed record SubmissionStep(int Number, string Slug, IReadOnlyList<string> Fields);

/// <summary>
/// The steps of the submission form, and which form field each content error belongs to, so a
/// rule of the entry type (e.g. "choose at least one action line") shows up on the right step,
/// next to the right field.
/// </summary>
public static class SubmissionSteps
{
    public static readonly SubmissionStep Organisation = new(1, "organisation",
        [nameof(SubmissionData.OrganisationName), nameof(SubmissionData.StakeholderType), nameof(SubmissionData.PublicContactName),
         nameof(SubmissionData.PublicContactOrganisation), nameof(SubmissionData.PrivateContactEmail), nameof(SubmissionData.PrivateContactPhone),
         nameof(SubmissionData.Partners)]);

    public static readonly SubmissionStep Project = new(2, "project",
        [nameof(SubmissionData.Title), nameof(SubmissionData.ShortDescription), nameof(SubmissionData.FullDescription),
         nameof(SubmissionData.StartDate), nameof(SubmissionData.EndDate), nameof(SubmissionData.ProjectStatus), nameof(SubmissionData.TargetGroups)]);

    public static readonly SubmissionStep Classification = new(3, "classification",
        [nameof(SubmissionData.ActionLines), nameof(SubmissionData.SdgGoals), nameof(SubmissionData.SdgTargets),
         nameof(SubmissionData.Countries), nameof(SubmissionData.Coverage), nameof(SubmissionData.SpecialRepositories)]);

    public static readonly SubmissionStep Media = new(4, "media",
        [nameof(SubmissionData.Website), nameof(SubmissionData.Images), nameof(SubmissionData.Documents)]);

    public static readonly SubmissionStep Review = new(5, "review", []);

    public static IReadOnlyList<SubmissionStep> All { get; } = [Organisation, Project, Classification, Media, Review];

    public static SubmissionStep? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    public static SubmissionStep ByNumber(int number) => All[Math.Clamp(number, 1, All.Count) - 1];

    /// <summary>The step that shows a form field.</summary>
    public static SubmissionStep? StepOf(string field) => All.FirstOrDefault(s => s.Fields.Contains(field));

    /// <summary>The form field a content error key (<c>EntryPart.ShortDescription</c>, <c>TermsPart.countries</c>...) is about.</summary>
    public static string FieldFor(string errorKey) => ErrorKeys.TryGetValue(errorKey, out var field) ? field : "";

    private static readonly Dictionary<string, string> ErrorKeys = new(StringComparer.Ordinal)
    {
        ["TitlePart.Title"] = nameof(SubmissionData.Title),
        ["AutoroutePart.Slug"] = nameof(SubmissionData.Title),
        ["EntryPart.OrganisationName"] = nameof(SubmissionData.OrganisationName),
        ["EntryPart.PublicContactName"] = nameof(SubmissionData.PublicContactName),
        ["EntryPart.PublicContactOrganisation"] = nameof(SubmissionData.PublicContactOrganisation),
        ["EntryPart.PrivateContactEmail"] = nameof(SubmissionData.PrivateContactEmail),
        ["EntryPart.PrivateContactPhone"] = nameof(SubmissionData.PrivateContactPhone),
        ["EntryPart.Partners"] = nameof(SubmissionData.Partners),
        ["EntryPart.ShortDescription"] = nameof(SubmissionData.ShortDescription),
        ["EntryPart.FullDescription"] = nameof(SubmissionData.FullDescription),
        ["EntryPart.StartDate"] = nameof(SubmissionData.StartDate),
        ["EntryPart.EndDate"] = nameof(SubmissionData.EndDate),
        ["EntryPart.TargetGroups"] = nameof(SubmissionData.TargetGroups),
        ["EntryPart.Website"] = nameof(SubmissionData.Website),
        ["EntryPart.Images"] = nameof(SubmissionData.Images),
        ["EntryPart.Documents"] = nameof(SubmissionData.Documents),
        [$"TermsPart.{EntryFields.StakeholderType}"] = nameof(SubmissionData.StakeholderType),
        [$"TermsPart.{EntryFields.Status}"] = nameof(SubmissionData.ProjectStatus),
        [$"TermsPart.{EntryFields.ActionLines}"] = nameof(SubmissionData.ActionLines),
        [$"TermsPart.{EntryFields.SdgGoals}"] = nameof(SubmissionData.SdgGoals),
        [$"TermsPart.{EntryFields.SdgTargets}"] = nameof(SubmissionData.SdgTargets),
        [$"TermsPart.{EntryFields.Countries}"] = nameof(SubmissionData.Countries),
        [$"TermsPart.{EntryFields.Coverage}"] = nameof(SubmissionData.Coverage),
        [$"TermsPart.{EntryFields.SpecialRepositories}"] = nameof(SubmissionData.SpecialRepositories),
    };
}
