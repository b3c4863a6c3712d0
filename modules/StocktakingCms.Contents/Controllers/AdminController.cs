using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Contents.Services;
using StocktakingCms.Contents.ViewModels;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Contents.Controllers;

/// <summary>The content admin: list, edit, preview, publish, versions. Every action checks a permission.</summary>
[Area("StocktakingCms.Contents")]
[Route("admin/content")]
[RequirePermission(nameof(Permissions.EditContent))]
public sealed class AdminController(
    IContentManager content,
    IContentDefinitionStore definitions,
    ContentDisplayService display,
    ContentAdminQuery query,
    SiteDocuments documents,
    IAuthorizationService authorization,
    IEnumerable<IContentEditorSection> sections,
    ModuleState modules,
    ContentViewSelector views,
    IStringLocalizer<AdminController> T) : Controller
{
    private const string PublishAction = "publish";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentListFilter filter, CancellationToken cancellationToken)
    {
        var types = (await definitions.ListTypesAsync(cancellationToken)).Where(t => t.Settings.Listable).ToList();
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var page = await query.ListAsync(filter, [.. types.Select(t => t.Name)], settings.PageSize, cancellationToken);
        return View(new ContentListViewModel { Filter = filter, Page = page, Types = types });
    }

    [HttpGet("create/{type}")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        var item = await content.NewAsync(definition.Name, cancellationToken);
        item.Culture = (await documents.GetAsync<SiteSettings>(cancellationToken)).DefaultCulture;
        return await EditorAsync(item, definition, isNew: true, cancellationToken);
    }

    [HttpPost("create/{type}")]
    public async Task<IActionResult> CreatePost(string type, [FromForm] string? culture, [FromForm] string? submit, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        var item = await content.NewAsync(definition.Name, cancellationToken);
        item.Culture = ValidCulture(culture);
        await display.UpdateEditorAsync(item, new ControllerModelUpdater(this), cancellationToken);
        var publish = submit == PublishAction && await CanAsync(Permissions.PublishContent);
        if (ModelState.IsValid)
        {
            var result = await content.CreateAsync(item, publish, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = publish ? T["Published."].Value : T["Draft saved."].Value;
                return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
            }

            AddErrors(result);
        }

        return await EditorAsync(item, definition, isNew: true, cancellationToken);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        return await EditorAsync(item, definition, isNew: false, cancellationToken);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> EditPost(
        string id, [FromForm] long version, [FromForm] string? culture, [FromForm] string? submit, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        item.Culture = ValidCulture(culture);
        await display.UpdateEditorAsync(item, new ControllerModelUpdater(this), cancellationToken);
        var publish = submit == PublishAction && await CanAsync(Permissions.PublishContent);
        if (ModelState.IsValid)
        {
            var result = await content.UpdateAsync(item, version, cancellationToken);
            if (result.Succeeded && publish)
            {
                result = await content.PublishAsync(id, cancellationToken);
            }

            if (result.Succeeded)
            {
                TempData["Message"] = publish ? T["Published."].Value : T["Draft saved."].Value;
                return RedirectToAction(nameof(Edit), new { id });
            }

            AddErrors(result);
        }

        // The editor comes back with what was typed; the stored item is untouched.
        return await EditorAsync(item, definition, isNew: false, cancellationToken);
    }

    [HttpGet("{id}/preview")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is null ? NotFound() : await PreviewAsync(item, cancellationToken);
    }

    [HttpGet("versions/{versionId}/preview")]
    public async Task<IActionResult> PreviewVersion(string versionId, CancellationToken cancellationToken)
    {
        var item = await content.GetVersionAsync(versionId, cancellationToken);
        return item is null ? NotFound() : await PreviewAsync(item, cancellationToken);
    }

    [HttpGet("{id}/versions")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
    {
        var versions = await content.ListVersionsAsync(id, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.Latest);
        return latest is null
            ? NotFound()
            : View(new ContentVersionsViewModel { Latest = latest, Versions = versions, CanRestore = await CanAsync(Permissions.PublishContent) });
    }

    [HttpPost("{id}/publish")]
    [RequirePermission(nameof(Permissions.PublishContent))]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, content.PublishAsync(id, cancellationToken), T["Published."]);

    [HttpPost("{id}/unpublish")]
    [RequirePermission(nameof(Permissions.PublishContent))]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, content.UnpublishAsync(id, cancellationToken), T["Unpublished: the item is no longer on the public site."]);

    [HttpPost("{id}/discard")]
    public Task<IActionResult> DiscardDraft(string id, CancellationToken cancellationToken) =>
        ActAsync(id, content.DiscardDraftAsync(id, cancellationToken), T["The draft was discarded."]);

    [HttpPost("versions/{versionId}/restore")]
    [RequirePermission(nameof(Permissions.PublishContent))]
    public async Task<IActionResult> Restore(string versionId, CancellationToken cancellationToken)
    {
        var result = await content.RestoreAsync(versionId, cancellationToken);
        if (result.Item is null)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded
            ? T["The older version is now the draft. Publish it to put it online."].Value
            : string.Join(" ", result.AllMessages);
        return RedirectToAction(nameof(Edit), new { id = result.Item.ContentItemId });
    }

    [HttpPost("{id}/clone")]
    public async Task<IActionResult> Clone(string id, CancellationToken cancellationToken)
    {
        var result = await content.CloneAsync(id, cancellationToken);
        if (result.Failure == ContentFailure.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.AllMessages);
            return RedirectToAction(nameof(Edit), new { id });
        }

        TempData["Message"] = T["A copy was created as a draft. Give it its own title and address."].Value;
        return RedirectToAction(nameof(Edit), new { id = result.Item!.ContentItemId });
    }

    [HttpPost("{id}/delete")]
    [RequirePermission(nameof(Permissions.DeleteContent))]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var result = await content.RemoveAsync(id, cancellationToken);
        if (result.Failure == ContentFailure.NotFound)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded
            ? T["Deleted \"{0}\".", result.Item!.DisplayText].Value
            : string.Join(" ", result.AllMessages);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ActAsync(string id, Task<ContentOperationResult> operation, string success)
    {
        var result = await operation;
        if (result.Failure == ContentFailure.NotFound)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded ? success : string.Join(" ", result.AllMessages);
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<IActionResult> EditorAsync(ContentItem item, ContentTypeDefinition definition, bool isNew, CancellationToken cancellationToken)
    {
        var published = isNew ? null : await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        var blocks = new List<EditorSectionShape>();
        foreach (var section in isNew ? [] : modules.Enabled(sections))
        {
            if (await section.BuildAsync(item, definition, cancellationToken) is { } block)
            {
                blocks.Add(block);
            }
        }

        return View("Edit", new ContentEditorViewModel
        {
            Item = item,
            TypeDisplayName = definition.DisplayName,
            Parts = await display.BuildEditorAsync(item, cancellationToken),
            IsNew = isNew,
            HasPublished = published is not null,
            CanPublish = await CanAsync(Permissions.PublishContent),
            CanDelete = await CanAsync(Permissions.DeleteContent),
            Sections = [.. blocks.OrderBy(b => b.Position)],
        });
    }

    /// <summary>The item as the public site would show it, marked as a preview.</summary>
    private async Task<IActionResult> PreviewAsync(ContentItem item, CancellationToken cancellationToken) =>
        View(views.Select(ControllerContext, item.ContentType, "Detail"), new ContentDisplayViewModel
        {
            Item = item,
            Parts = await display.BuildDisplayAsync(item, "Detail", cancellationToken),
            DisplayType = "Detail",
            IsPreview = true,
        });

    private async Task<ContentTypeDefinition?> CreatableTypeAsync(string type, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(type, cancellationToken) is { Settings.Creatable: true } definition ? definition : null;

    private static string ValidCulture(string? culture) =>
        CmsCultures.IsSupported(culture) ? culture!.ToLowerInvariant() : CmsCultures.Default;

    private async Task<bool> CanAsync(Permission permission) =>
        (await authorization.AuthorizeAsync(User, PermissionPolicy.Prefix + permission.Name)).Succeeded;

    private void AddErrors(ContentOperationResult result)
    {
        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }
    }
}
