using System.ComponentModel.DataAnnotations;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// Everything the submission form asks, as typed. Only lengths are capped here (so a huge post
/// is refused early); what is required and what is valid is decided by the entry's own content
/// handlers, the same rules the admin editor follows (see <see cref="SubmissionChecker"/>).
/// </summary>
public sealed class SubmissionData
{
    private const int Text = EntryPart.TextMaxLength;

    // Step 1: the organisation
    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? OrganisationName { get; set; }

    public string? StakeholderType { get; set; }

    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? PublicContactName { get; set; }

    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? PublicContactOrganisation { get; set; }

    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? PrivateContactEmail { get; set; }

    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? PrivateContactPhone { get; set; }

    /// <summary>One partner per line.</summary>
    [StringLength(20_000, ErrorMessage = "At most {1} characters.")]
    public string? Partners { get; set; }

    // Step 2: the project
    [StringLength(TitlePart.MaxLength, ErrorMessage = "At most {1} characters.")]
    public string? Title { get; set; }

    [StringLength(EntryPart.ShortDescriptionMaxLength, ErrorMessage = "At most {1} characters.")]
    public string? ShortDescription { get; set; }

    [StringLength(EntryPart.FullDescriptionMaxLength, ErrorMessage = "At most {1} characters.")]
    public string? FullDescription { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? ProjectStatus { get; set; }

    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? TargetGroups { get; set; }

    // Step 3: classification
    public List<string> ActionLines { get; set; } = [];

    public List<string> SdgGoals { get; set; } = [];

    public List<string> SdgTargets { get; set; } = [];

    public List<string> Countries { get; set; } = [];

    public string? Coverage { get; set; }

    public List<string> SpecialRepositories { get; set; } = [];

    // Step 4: links and media
    [StringLength(Text, ErrorMessage = "At most {1} characters.")]
    public string? Website { get; set; }

    public List<EntryImage> Images { get; set; } = [];

    public List<EntryDocument> Documents { get; set; } = [];

    /// <summary>Writes the form into an entry (new or the draft of an existing one).</summary>
    public void ApplyTo(ContentItem item, string? edition)
    {
        item.DisplayText = Title?.Trim() ?? "";
        item.Alter<TitlePart>(title => title.Title = Title?.Trim() ?? "");
        item.Alter<EntryPart>(entry =>
        {
            entry.OrganisationName = OrganisationName ?? "";
            entry.PublicContactName = PublicContactName ?? "";
            entry.PublicContactOrganisation = PublicContactOrganisation ?? "";
            entry.PrivateContactEmail = PrivateContactEmail ?? "";
            entry.PrivateContactPhone = PrivateContactPhone ?? "";
            entry.Partners = [.. (Partners ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            entry.ShortDescription = ShortDescription ?? "";
            entry.FullDescription = FullDescription ?? "";
            entry.StartDate = StartDate;
            entry.EndDate = EndDate;
            entry.TargetGroups = TargetGroups ?? "";
            entry.Website = Website;
            entry.Images = [.. Images.Select(i => new EntryImage { MediaId = i.MediaId, Alt = i.Alt?.Trim() ?? "" })];
            entry.Documents = [.. Documents.Select(d => new EntryDocument { MediaId = d.MediaId, Title = d.Title?.Trim() ?? "" })];
        });
        item.Alter<TermsPart>(terms =>
        {
            terms.Set(EntryFields.StakeholderType, Single(StakeholderType));
            terms.Set(EntryFields.Status, Single(ProjectStatus));
            terms.Set(EntryFields.ActionLines, ActionLines);
            terms.Set(EntryFields.SdgGoals, SdgGoals);
            terms.Set(EntryFields.SdgTargets, SdgTargets);
            terms.Set(EntryFields.Countries, Countries);
            terms.Set(EntryFields.Coverage, Single(Coverage));
            terms.Set(EntryFields.SpecialRepositories, SpecialRepositories);
            if (edition is not null)
            {
                terms.Set(EntryFields.Edition, [edition]);
            }
        });
    }

    /// <summary>The form as an existing entry fills it (to propose an update, or after changes were requested).</summary>
    public static SubmissionData FromItem(ContentItem item)
    {
        var entry = item.Get<EntryPart>() ?? new EntryPart();
        var terms = item.Get<TermsPart>() ?? new TermsPart();
        return new SubmissionData
        {
            Title = item.Get<TitlePart>()?.Title ?? item.DisplayText,
            OrganisationName = entry.OrganisationName,
            StakeholderType = First(terms, EntryFields.StakeholderType),
            PublicContactName = entry.PublicContactName,
            PublicContactOrganisation = entry.PublicContactOrganisation,
            PrivateContactEmail = entry.PrivateContactEmail,
            PrivateContactPhone = entry.PrivateContactPhone,
            Partners = string.Join('\n', entry.Partners),
            ShortDescription = entry.ShortDescription,
            FullDescription = entry.FullDescription,
            StartDate = entry.StartDate,
            EndDate = entry.EndDate,
            ProjectStatus = First(terms, EntryFields.Status),
            TargetGroups = entry.TargetGroups,
            // C7 is derived from its sub-lines on save; the form shows what the person chose.
            ActionLines = [.. terms.Get(EntryFields.ActionLines)],
            SdgGoals = [.. terms.Get(EntryFields.SdgGoals)],
            SdgTargets = [.. terms.Get(EntryFields.SdgTargets)],
            Countries = [.. terms.Get(EntryFields.Countries)],
            Coverage = First(terms, EntryFields.Coverage),
            SpecialRepositories = [.. terms.Get(EntryFields.SpecialRepositories)],
            Website = entry.Website,
            Images = [.. entry.Images.Select(i => new EntryImage { MediaId = i.MediaId, Alt = i.Alt })],
            Documents = [.. entry.Documents.Select(d => new EntryDocument { MediaId = d.MediaId, Title = d.Title })],
        };
    }

    private static string? First(TermsPart terms, string field) => terms.Get(field) is [var code, ..] ? code : null;

    private static IEnumerable<string> Single(string? code) => string.IsNullOrWhiteSpace(code) ? [] : [code];
}
