using StocktakingCms.Core.Content;

namespace StocktakingCms.Entries.Models;

/// <summary>
/// What a stakeholder tells about a project. Classification (action lines, SDGs, countries...) is
/// in the item's <c>TermsPart</c>; the title in its <c>TitlePart</c>. The private contact is
/// for the secretariat only: never shown publicly, exported or indexed for search.
/// </summary>
public sealed class EntryPart : ContentPart
{
    public const int ShortDescriptionMaxWords = 200;
    public const int ShortDescriptionMaxLength = 2_000;
    public const int FullDescriptionMaxLength = 50_000;
    public const int TextMaxLength = 300;

    public string ShortDescription { get; set; } = "";

    /// <summary>Markdown, sanitized when shown.</summary>
    public string FullDescription { get; set; } = "";

    public string OrganisationName { get; set; } = "";

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string TargetGroups { get; set; } = "";

    public List<string> Partners { get; set; } = [];

    public string? Website { get; set; }

    public string PublicContactName { get; set; } = "";

    public string PublicContactOrganisation { get; set; } = "";

    public string PrivateContactEmail { get; set; } = "";

    public string PrivateContactPhone { get; set; } = "";

    public List<EntryImage> Images { get; set; } = [];

    public List<EntryDocument> Documents { get; set; } = [];

    /// <summary>The culture the entry was first written in.</summary>
    public string OriginalCulture { get; set; } = "";

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
