using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Workflows.Comments;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Services;
using StocktakingCms.Workflows.Timers;
using StocktakingCms.Workflows.ViewModels;

namespace StocktakingCms.Workflows.Controllers;

/// <summary>The review queue and each item's review page: its state, the steps this person may take, the history.</summary>
[Area("StocktakingCms.Workflows")]
[Route("admin/review")]
[RequirePermission(nameof(Permissions.ReviewEntries))]
public sealed class AdminController(
    UserManager<CmsUser> users,
    WorkflowEngine engine,
    WorkflowTypes types,
    ReviewQueue queue,
    TimerStore timers,
    CommentThread thread,
    TaxonomyStore taxonomies,
    TimeProvider clock,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? state, string? culture, string? assignee, string? actionLine, string? country, string? edition, int page = 1, CancellationToken cancellationToken = default)
    {
        var terms = new List<QueueTermFilter>();
        foreach (var (parameter, label, taxonomy, selected) in new (string, string, string, string?)[]
        {
            ("actionLine", T["Action line"], "action-lines", actionLine),
            ("country", T["Country"], "countries", country),
            ("edition", T["Edition"], "report-editions", edition),
        })
        {
            if (await taxonomies.GetAsync(taxonomy, cancellationToken) is { } tree)
            {
                terms.Add(new QueueTermFilter(parameter, label, tree, selected));
            }
        }

        IReadOnlyList<string> Codes(string parameter) =>
            terms.FirstOrDefault(t => t.Parameter == parameter) is { Selected.Length: > 0 } chosen ? chosen.Tree.SelfAndDescendantCodes(chosen.Selected) is { Count: > 0 } codes ? codes : [chosen.Selected] : [];

        var filter = new QueueFilter(state, culture, assignee == "me" ? users.GetUserId(User) : assignee)
        {
            ActionLines = Codes("actionLine"),
            Countries = Codes("country"),
            Editions = Codes("edition"),
        };
        return View(new QueueViewModel(
            await queue.ListAsync(filter, page, cancellationToken),
            state,
            culture,
            assignee,
            await types.ForContentTypeAsync(EntryFields.ContentType, cancellationToken),
            await types.ListAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime,
            await queue.FiguresAsync(cancellationToken))
        {
            TermFilters = terms,
        });
    }

    /// <summary>
    /// One step for many items (e.g. approve everything checked, or reject with one comment). Each
    /// item moves in its own transaction: one that cannot move is listed with its reason and the
    /// others go on.
    /// </summary>
    [HttpPost("bulk")]
    public async Task<IActionResult> Bulk(string[]? selected, string? transition, string? comment, CancellationToken cancellationToken)
    {
        var definition = await types.ForContentTypeAsync(EntryFields.ContentType, cancellationToken);
        if (definition is null || string.IsNullOrEmpty(transition) || selected is not { Length: > 0 })
        {
            TempData["Error"] = T["Choose the items and the step to take."].Value;
            return RedirectToAction(nameof(Index));
        }

        var moved = 0;
        var refused = new List<string>();
        foreach (var id in selected.Distinct().Take(ReviewQueue.PageSize * 4))
        {
            var instance = await engine.FindAsync(id, definition.Name, cancellationToken);
            var result = instance is null
                ? new TransitionResult(TransitionFailure.NotFound, T["The item of this workflow no longer exists."])
                : await engine.TransitionAsync(instance, transition, User, comment, expectedVersion: null, cancellationToken);
            if (result.Succeeded)
            {
                moved++;
            }
            else
            {
                refused.Add($"{instance?.Title ?? id}: {result.Message}");
            }
        }

        TempData["Message"] = T.Plural(moved, "{0} item moved.", "{0} items moved.");
        if (refused.Count > 0)
        {
            TempData["Error"] = string.Join(" | ", refused);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{contentItemId}")]
    public async Task<IActionResult> Item(string contentItemId, CancellationToken cancellationToken) =>
        await ModelAsync(contentItemId, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>
    /// A reviewer's comment to the submitter (mailed to them). Empty or too long: the page again
    /// (400) with the reason and the typed text. The literal segment wins over the step route.
    /// </summary>
    [HttpPost("{contentItemId}/comments")]
    public async Task<IActionResult> Comment(string contentItemId, string? text, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(contentItemId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (await thread.PostAsync(model.Instance, User, CommentSide.Reviewer, text, cancellationToken) is { } problem)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Item), model with { ThreadError = problem, ThreadText = text });
        }

        TempData["Message"] = T["Your comment was sent to the submitter."].Value;
        return Redirect($"/admin/review/{contentItemId}#conversation");
    }

    /// <summary>
    /// Takes a step. Refusals answer with the item's page and the reason: 403 when the step is not
    /// allowed from this state or for this person, 409 when someone acted first, 400 without a
    /// required comment (the typed comment is kept).
    /// </summary>
    [HttpPost("{contentItemId}/{transition}")]
    public async Task<IActionResult> Take(string contentItemId, string transition, string? comment, long? version, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(contentItemId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        var result = await engine.TransitionAsync(model.Instance, transition, User, comment, version, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = T["Done: the entry is now {0}.", WorkflowEngine.StateLabel(model.Definition, model.Instance.State)].Value;
            return RedirectToAction(nameof(Item), new { contentItemId });
        }

        Response.StatusCode = result.Failure switch
        {
            TransitionFailure.NotAllowed => StatusCodes.Status403Forbidden,
            TransitionFailure.Conflict => StatusCodes.Status409Conflict,
            TransitionFailure.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        var fresh = await ModelAsync(contentItemId, cancellationToken);
        return View(nameof(Item), fresh! with { Error = result.Message, Comment = comment });
    }

    private async Task<ReviewItemViewModel?> ModelAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var instance = await engine.FindAnyAsync(contentItemId, cancellationToken);
        var definition = instance is null ? null : await types.FindAsync(instance.WorkflowType, cancellationToken);
        return instance is null || definition is null
            ? null
            : new ReviewItemViewModel(
                definition, instance, WorkflowEngine.Allowed(definition, instance, User), await engine.HistoryAsync(instance.Id, cancellationToken),
                await timers.PendingAsync(instance.Id, cancellationToken), await thread.ReadAsync(instance, cancellationToken));
    }
}
