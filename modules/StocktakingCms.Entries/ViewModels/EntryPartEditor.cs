using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StocktakingCms.Entries.ViewModels;

/// <summary>The entry's own fields in the editor (classification is the TermsPart editor).</summary>
public sealed class EntryPartEditor
{
    public string? ShortDescription { get; set; }

    public string? FullDescription { get; set; }

    public string? OrganisationName { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? TargetGroups { get; set; }

    /// <summary>One partner per line.</summary>
    public string? Partners { get; set; }

    public string? Website { get; set; }

    public string? PublicContactName { get; set; }

    public string? PublicContactOrganisation { get; set; }

    public string? PrivateContactEmail { get; set; }

    public string? PrivateContactPhone { get; set; }

    /// <summary>The stored images and documents, for the editor to show; the form posts changes as an <c>EntryMediaForm</c>.</summary>
    [BindNever]
    public IReadOnlyList<EntryMediaView> Images { get; set; } = [];

    [BindNever]
    public IReadOnlyList<EntryMediaView> Documents { get; set; } = [];
}

/// <summary>A file of the entry as a page shows it: its address, its text (description or title), its name and size.</summary>
public sealed record EntryMediaView(string MediaId, string Url, string Text, string FileName, long Length);

/// <summary>What the public entry page shows of the part: never the private contact.</summary>
public sealed record EntryPartDisplay(
    string ShortDescription,
    string FullDescriptionHtml,
    string OrganisationName,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string TargetGroups,
    IReadOnlyList<string> Partners,
    string? Website,
    string PublicContactName,
    string PublicContactOrganisation,
    IReadOnlyList<EntryMediaView> Images,
    IReadOnlyList<EntryMediaView> Documents);
