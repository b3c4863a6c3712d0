using Microsoft.AspNetCore.Http;
using System.Security.Claims;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.Services;
using StocktakingCms.Entries.ViewModels;
using StocktakingCms.Media;

namespace StocktakingCms.Entries.Drivers;

/// <summary>The entry's fields in the admin editor and on its page, with its images and documents.</summary>
public sealed class EntryPartDriver(MarkdownRenderer markdown, IMediaStore media, EntryMediaEditor mediaEditor, IHttpContextAccessor http)
    : ContentPartDriver<EntryPart, EntryPartEditor>
{
    public override async Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType)
    {
        if (item.Get<EntryPart>() is not { } entry)
        {
            return null;
        }

        var (images, documents) = await MediaAsync(entry);
        return new PartShape(PartName, PartView(PartName), new EntryPartDisplay(
            entry.ShortDescription,
            markdown.ToSafeHtml(entry.FullDescription),
            entry.OrganisationName,
            entry.StartDate,
            entry.EndDate,
            entry.TargetGroups,
            entry.Partners,
            entry.Website,
            entry.PublicContactName,
            entry.PublicContactOrganisation,
            images,
            documents), PartName, 0);
    }

    public override async Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition)
    {
        var shape = await base.BuildEditorAsync(item, definition);
        if (shape?.Model is EntryPartEditor editor)
        {
            (editor.Images, editor.Documents) = await MediaAsync(item.As<EntryPart>());
        }

        return shape;
    }

    /// <summary>The fields, then the files: descriptions edited, files removed or uploaded (problems go next to the upload fields).</summary>
    public override async Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater)
    {
        await base.UpdateAsync(item, definition, updater);
        var form = new EntryMediaForm();
        if (!await updater.TryUpdateModelAsync(form, PartName))
        {
            return;
        }

        var part = item.As<EntryPart>();
        var userId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var (field, message) in await mediaEditor.ApplyAsync(part.Images, part.Documents, form, userId, http.HttpContext?.RequestAborted ?? default))
        {
            updater.AddModelError($"{PartName}.{field}", message);
        }
    }

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

    private async Task<(IReadOnlyList<EntryMediaView> Images, IReadOnlyList<EntryMediaView> Documents)> MediaAsync(EntryPart entry)
    {
        var ids = entry.Images.Select(i => i.MediaId).Concat(entry.Documents.Select(d => d.MediaId)).ToList();
        if (ids.Count == 0)
        {
            return ([], []);
        }

        var stored = (await media.FindManyAsync(ids)).ToDictionary(m => m.Id);
        EntryMediaView? View(string id, string text) =>
            stored.TryGetValue(id, out var file) ? new EntryMediaView(id, media.UrlFor(file), text, file.FileName, file.Length) : null;
        return ([.. entry.Images.Select(i => View(i.MediaId, i.Alt)).OfType<EntryMediaView>()],
                [.. entry.Documents.Select(d => View(d.MediaId, d.Title)).OfType<EntryMediaView>()]);
    }
}
