using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Calls.Services;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Submissions;

namespace StocktakingCms.Entries.Controllers;

/// <summary>A contributor's entries: drafts, submitted, changes requested, published, rejected; and proposing an update.</summary>
[Area("StocktakingCms.Entries")]
[RequirePermission(nameof(Permissions.SubmitEntries))]
[Route("{culture:cms-culture}/my-entries")]
public sealed class MyEntriesController(
    SubmissionService submissions,
    CallSchedule calls,
    ContentsDbContext routes,
    MyEntryPage entryPage,
    UserManager<CmsUser> users,
    IStringLocalizer<MyEntriesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken)
    {
        var mine = await submissions.ListMineAsync(users.GetUserId(User)!, cancellationToken);
        var ids = mine.Where(s => s.ContentItemId is not null).Select(s => s.ContentItemId!).Distinct().ToList();
        var urls = await routes.AutorouteEntries.AsNoTracking()
            .Where(r => r.Published && ids.Contains(r.ContentItemId))
            .ToDictionaryAsync(r => r.ContentItemId, r => $"/{r.Culture}/{r.Slug}", cancellationToken);
        return View(new MyEntriesViewModel(mine, urls, await calls.GetOpenAsync(culture, cancellationToken) is not null));
    }

    /// <summary>
    /// One entry as its author follows it: the status and, from other modules (<see cref="IMyEntrySection"/>),
    /// e.g. the conversation with the reviewers. Someone else's entry, or no entry at all: 404.
    /// </summary>
    [HttpGet("{contentItemId}")]
    public async Task<IActionResult> Entry(string contentItemId, CancellationToken cancellationToken) =>
        await entryPage.BuildAsync(users.GetUserId(User)!, contentItemId, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>A new draft of a published entry, reviewed like a new one; the published text stays online meanwhile.</summary>
    [HttpPost("{contentItemId}/update")]
    public async Task<IActionResult> ProposeUpdate(string culture, string contentItemId, CancellationToken cancellationToken)
    {
        var call = await calls.GetOpenAsync(culture, cancellationToken);
        if (call is null)
        {
            TempData["Error"] = T["No call for entries is open: updates can be proposed when the next call opens."].Value;
            return RedirectToAction(nameof(Index), new { culture });
        }

        var submission = await submissions.ProposeUpdateAsync(users.GetUserId(User)!, contentItemId, call.ContentItemId, cancellationToken);
        if (submission is null)
        {
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        }

        if (!submission.IsEditable)
        {
            TempData["Error"] = T["An update of this entry is already with the reviewers."].Value;
            return RedirectToAction(nameof(Index), new { culture });
        }

        return Redirect($"/{culture}/submit/{submission.Id}/{SubmissionSteps.ByNumber(submission.Step).Slug}");
    }
}
