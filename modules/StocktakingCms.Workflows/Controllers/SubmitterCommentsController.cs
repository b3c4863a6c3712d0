using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Workflows.Comments;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.Controllers;

/// <summary>
/// The submitter's reply to the reviewers, from their entry's page in My entries. Only the
/// entry's submitter may post; anyone else gets 404, as on the page itself.
/// </summary>
[Area("StocktakingCms.Workflows")]
[RequirePermission(nameof(Entries.Permissions.SubmitEntries))]
[Route("{culture:cms-culture}/my-entries/{contentItemId}/comments")]
public sealed class SubmitterCommentsController(
    MyEntryPage entryPage,
    WorkflowEngine engine,
    CommentThread thread,
    RefusedReply refused,
    UserManager<CmsUser> users,
    IStringLocalizer<SubmitterCommentsController> T) : Controller
{
    private const string EntryView = "/Areas/StocktakingCms.Entries/Views/MyEntries/Entry.cshtml";

    /// <summary>A refused reply shows the entry's page again (400) with the reason and the typed text.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Post(string culture, string contentItemId, string? text, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        if (await entryPage.FindMineAsync(userId, contentItemId, cancellationToken) is null
            || await engine.FindAnyAsync(contentItemId, cancellationToken) is not { } instance)
        {
            return NotFound();
        }

        if (await thread.PostAsync(instance, User, CommentSide.Submitter, text, cancellationToken) is { } problem)
        {
            refused.Text = text;
            refused.Error = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(EntryView, await entryPage.BuildAsync(userId, contentItemId, cancellationToken));
        }

        TempData["Message"] = T["Your reply was sent to the reviewers."].Value;
        return Redirect($"/{culture}/my-entries/{contentItemId}#conversation");
    }
}
