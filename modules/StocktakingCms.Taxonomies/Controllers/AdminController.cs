using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Taxonomies.ViewModels;

namespace StocktakingCms.Taxonomies.Controllers;

/// <summary>Taxonomy editing: the tree with usage counts, term names in six languages, moves, deletes.</summary>
[Area("StocktakingCms.Taxonomies")]
[Route("admin/taxonomies")]
[RequirePermission(nameof(Permissions.ManageTaxonomies))]
public sealed class AdminController(TaxonomyStore store, TermPageQuery query, TaxonomyEditor editor, IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new TaxonomyListViewModel(await store.ListAsync(cancellationToken)));

    [HttpGet("{code}")]
    public async Task<IActionResult> Tree(string code, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        return tree is null
            ? NotFound()
            : View(new TaxonomyTreeViewModel(tree, await query.UsageAsync(tree.Code, cancellationToken), CmsCultures.CurrentName));
    }

    [HttpGet("{code}/terms/{term}")]
    public async Task<IActionResult> EditTerm(string code, string term, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        return tree?.Find(term) is not { } found ? NotFound() : View(Editor(tree, found));
    }

    [HttpPost("{code}/terms/{term}")]
    public async Task<IActionResult> EditTermPost(string code, string term, TermEditorViewModel model, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        if (tree?.Find(term) is not { } found)
        {
            return NotFound();
        }

        var names = Clean(model.Names, 200);
        if (names.Count == 0)
        {
            ModelState.AddModelError("Names", T["Give the term a name in at least one language."]);
        }

        if (!ModelState.IsValid)
        {
            var retry = Editor(tree, found);
            retry.Names = model.Names;
            retry.Descriptions = model.Descriptions;
            return View("EditTerm", retry);
        }

        var result = await editor.RenameAsync(tree.Code, found.Code, names, Clean(model.Descriptions, 2000), model.Confirm, cancellationToken);
        if (result.Succeeded && (model.ParentCode ?? "") != (tree.ParentOf(found.Code)?.Code ?? ""))
        {
            result = await editor.MoveAsync(tree.Code, found.Code, model.ParentCode, cancellationToken);
        }

        return Done(result, tree.Code, T["The term was saved."]);
    }

    /// <remarks>The taxonomy code comes from the route only: the form's own <c>Code</c> field is the new term's.</remarks>
    [HttpPost("{code}/terms")]
    public async Task<IActionResult> AddTerm([FromRoute] string code, NewTermViewModel model, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        if (tree is null)
        {
            return NotFound();
        }

        var names = Clean(model.Names, 200);
        if (!TermCodes.IsValid(model.Code))
        {
            TempData["Error"] = T["The term code \"{0}\" is not valid: use letters, digits, dots or hyphens.", model.Code ?? ""].Value;
        }
        else if (names.Count == 0)
        {
            TempData["Error"] = T["Give the term a name in at least one language."].Value;
        }
        else if (!string.IsNullOrEmpty(model.ParentCode) && tree.Find(model.ParentCode) is null)
        {
            return NotFound();
        }
        else
        {
            return Done(await editor.AddAsync(tree.Code, model.ParentCode, model.Code!, names, cancellationToken), tree.Code, T["The term was added."]);
        }

        return RedirectToAction(nameof(Tree), new { code = tree.Code });
    }

    [HttpPost("{code}/terms/{term}/up")]
    public Task<IActionResult> MoveUp(string code, string term, CancellationToken cancellationToken) => ReorderAsync(code, term, -1, cancellationToken);

    [HttpPost("{code}/terms/{term}/down")]
    public Task<IActionResult> MoveDown(string code, string term, CancellationToken cancellationToken) => ReorderAsync(code, term, 1, cancellationToken);

    [HttpPost("{code}/terms/{term}/delete")]
    public async Task<IActionResult> DeleteTerm(string code, string term, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        return tree?.Find(term) is not { } found
            ? NotFound()
            : Done(await editor.DeleteAsync(tree.Code, found.Code, cancellationToken), tree.Code, T["The term was deleted."]);
    }

    [HttpPost("{code}/terms/{term}/replace")]
    public async Task<IActionResult> ReplaceTerm([FromRoute] string code, [FromRoute] string term, [FromForm] string? replacement, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        if (tree?.Find(term) is not { } found)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(replacement) || tree.Find(replacement) is not { } target)
        {
            TempData["Error"] = T["Choose a replacement outside the term being deleted."].Value;
            return RedirectToAction(nameof(EditTerm), new { code = tree.Code, term = found.Code });
        }

        var result = await editor.ReplaceAndDeleteAsync(tree.Code, found.Code, target.Code, cancellationToken);
        return Done(result, tree.Code, T["The term was deleted and its items moved to \"{0}\".", target.Names.For(CmsCultures.CurrentName)]);
    }

    private async Task<IActionResult> ReorderAsync(string code, string term, int offset, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(code, cancellationToken);
        return tree?.Find(term) is not { } found
            ? NotFound()
            : Done(await editor.ReorderAsync(tree.Code, found.Code, offset, cancellationToken), tree.Code, T["The order was saved."]);
    }

    private RedirectToActionResult Done(ContentOperationResult result, string code, string success)
    {
        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded ? success : string.Join(" ", result.AllMessages);
        return RedirectToAction(nameof(Tree), new { code });
    }

    private static TermEditorViewModel Editor(TaxonomyTree tree, TaxonomyTerm term)
    {
        var excluded = tree.SelfAndDescendantCodes(term.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new TermEditorViewModel
        {
            TaxonomyCode = tree.Code,
            TermCode = term.Code,
            Names = new Dictionary<string, string>(term.Names),
            Descriptions = new Dictionary<string, string>(term.Descriptions),
            Provisional = term.Provisional,
            ParentCode = tree.ParentOf(term.Code)?.Code,
            ParentChoices = [.. tree.Taxonomy.AllTerms().Where(t => !excluded.Contains(t.Code))
                .Select(t => new KeyValuePair<string, string>(t.Code, $"{t.Code} {t.Names.For(CmsCultures.CurrentName)}"))],
        };
    }

    /// <summary>Only the six cultures, trimmed, bounded; empty values dropped.</summary>
    private static LocalizedText Clean(Dictionary<string, string>? values, int maxLength) =>
        new((values ?? []).Where(v => CmsCultures.IsSupported(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key.ToLowerInvariant(), v => Bound(v.Value.Trim(), maxLength)));

    private static string Bound(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
