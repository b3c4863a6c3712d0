using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.ViewModels;

namespace StocktakingCms.Entries.Drivers;

public sealed class EntryPartDriver(MarkdownRenderer markdown) : ContentPartDriver<EntryPart, EntryPartEditor>
{
    public override Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType) =>
        Task.FromResult(item.Get<EntryPart>() is { } entry
            ? new PartShape(PartName, PartView(PartName), new EntryPartDisplay(
                entry.ShortDescription,
                markdown.ToSafeHtml(entry.FullDescription),
                entry.OrganisationName,
                entry.StartDate,
                entry.EndDate,
                entry.TargetGroups,
                entry.Partners,
                entry.Website,
                entry.PublicContactName,
                entry.PublicContactOrganisation), PartName, 0)
            : null);

    protected override EntryPartEditor ToEditor(EntryPart part, ContentItem item, ContentTypePartDefinition definition) => new()
    {
        ShortDescription = part.ShortDescription,
        FullDescription = part.FullDescription,
        OrganisationName = part.OrganisationName,
        StartDate = part.StartDate,
        EndDate = part.EndDate,
        TargetGroups = part.TargetGroups,
        Partners = string.Join('\n', part.Partners),
        Website = part.Website,
        PublicContactName = part.PublicContactName,
        PublicContactOrganisation = part.PublicContactOrganisation,
        PrivateContactEmail = part.PrivateContactEmail,
        PrivateContactPhone = part.PrivateContactPhone,
    };

    protected override void Apply(EntryPartEditor editor, EntryPart part, ContentItem item, ContentTypePartDefinition definition)
    {
        part.ShortDescription = editor.ShortDescription ?? "";
        part.FullDescription = editor.FullDescription ?? "";
        part.OrganisationName = editor.OrganisationName ?? "";
        part.StartDate = editor.StartDate;
        part.EndDate = editor.EndDate;
        part.TargetGroups = editor.TargetGroups ?? "";
        part.Partners = [.. (editor.Partners ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        part.Website = editor.Website;
        part.PublicContactName = editor.PublicContactName ?? "";
        part.PublicContactOrganisation = editor.PublicContactOrganisation ?? "";
        part.PrivateContactEmail = editor.PrivateContactEmail ?? "";
        part.PrivateContactPhone = editor.PrivateContactPhone ?? "";
    }
}
