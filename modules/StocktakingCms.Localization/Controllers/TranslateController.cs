using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Localization.Services;
using StocktakingCms.Localization.ViewModels;
using ContentPermissions = StocktakingCms.Contents.Permissions;

namespace StocktakingCms.Localization.Controllers;

/// <summary>
/// The translate action of the content editor: choose a culture the item is missing, get a draft
/// in that culture pre-filled from the item, and land in its editor. Whoever may edit content may translate it.
/// </summary>
[Area("StocktakingCms.Localization")]
[Route("admin/content/{id}/translate")]
[RequirePermission(nameof(ContentPermissions.EditContent))]
public sealed class TranslateController(
    IContentManager content,
    Translator translator,
    TranslationQuery translations,
    LanguageNames languages,
    IStringLocalizer<TranslateController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string id, CancellationToken cancellationToken) =>
        await SourceAsync(id, cancellationToken) is { } source ? await ChooseAsync(source, cancellationToken) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Create(string id, [FromForm] string? culture, CancellationToken cancellationToken)
    {
        if (await SourceAsync(id, cancellationToken) is not { } source)
        {
            return NotFound();
        }

        if (CmsCultures.Find(culture) is not { } target || !CmsCultures.IsSupported(culture))
        {
            ModelState.AddModelError("culture", T["Choose one of the site's languages."]);
            return await ChooseAsync(source, cancellationToken);
        }

        var result = await translator.TranslateAsync(source, target.Name, cancellationToken);
        switch (result.Outcome)
        {
            case TranslateOutcome.AlreadyExists:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Exists", new TranslationExistsViewModel(source, target, result.Existing!.ContentItemId!));
            case TranslateOutcome.Failed:
                foreach (var message in result.Failure!.AllMessages)
                {
                    ModelState.AddModelError("", message);
                }

                return await ChooseAsync(source, cancellationToken);
            default:
                TempData["Message"] = T["A draft translation was created from the {0} version: translate its texts, then publish it.", languages.For(source.Culture)].Value;
                return Redirect($"/admin/content/{result.Translation!.ContentItemId}/edit");
        }
    }

    private async Task<ContentItem?> SourceAsync(string id, CancellationToken cancellationToken) =>
        await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is { } item && await translator.CanTranslateAsync(item, cancellationToken)
            ? item
            : null;

    private async Task<IActionResult> ChooseAsync(ContentItem source, CancellationToken cancellationToken)
    {
        var missing = (await translations.ListAsync(source.LocalizationSet, cancellationToken)).Where(t => !t.Exists).Select(t => CmsCultures.Find(t.Culture)!);
        return View("Index", new TranslateViewModel(source, [.. missing]));
    }
}
