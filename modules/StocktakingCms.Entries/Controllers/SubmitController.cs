using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Services;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Media;

namespace StocktakingCms.Entries.Controllers;

/// <summary>
/// The public submission form, in steps. Every post keeps what was typed (valid or not) before
/// anything else; "next" then checks the step with the entry's own rules, "save" does not.
/// Only the author of a submission may see or change it.
/// </summary>
[Area("StocktakingCms.Entries")]
[RequirePermission(nameof(Permissions.SubmitEntries))]
[Route("{culture:cms-culture}/submit")]
public sealed class SubmitController(
    SubmissionService submissions,
    SubmissionChecker checker,
    SubmissionChoices choices,
    EntryMediaEditor mediaEditor,
    ISimilarEntries similar,
    CallSchedule calls,
    IMediaStore media,
    IOptions<MediaOptions> mediaOptions,
    UserManager<CmsUser> users,
    IStringLocalizer<SubmitController> T,
    ILogger<SubmitController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken)
    {
        var mine = await submissions.ListMineAsync(users.GetUserId(User)!, cancellationToken);
        return View(new SubmitIndexViewModel(
            await calls.GetOpenAsync(culture, cancellationToken),
            await calls.GetLastClosedAsync(culture, cancellationToken),
            [.. mine.Where(s => s.IsEditable)],
            calls.Now));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Start(string culture, CancellationToken cancellationToken)
    {
        if (await calls.GetOpenAsync(culture, cancellationToken) is not { } call)
        {
            TempData["Error"] = T["No call for entries is open: a new entry cannot be started now."].Value;
            return RedirectToAction(nameof(Index), new { culture });
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var submission = await submissions.StartAsync(user, culture, call.ContentItemId, cancellationToken);
        logger.LogInformation("Submission {SubmissionId} started by {UserId}", submission.Id, user.Id);
        return Redirect(StepUrl(culture, submission, SubmissionSteps.Organisation));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Resume(string culture, string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is not { } submission
            ? NotFound()
            : IsOwner(submission)
                ? Redirect(StepUrl(culture, submission, SubmissionSteps.ByNumber(submission.Step)))
                : Forbidden();

    [HttpGet("{id}/{step}")]
    public async Task<IActionResult> Step(string culture, string id, string step, CancellationToken cancellationToken)
    {
        var access = await EditableAsync(culture, id, step, cancellationToken);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var (submission, current) = (access.Submission!, access.Step!);

        return await RenderAsync(culture, submission, current, SubmissionService.Read(submission), cancellationToken: cancellationToken);
    }

    [HttpPost("{id}/{step}")]
    public async Task<IActionResult> Step(string culture, string id, string step, string? go, CancellationToken cancellationToken)
    {
        var access = await EditableAsync(culture, id, step, cancellationToken);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var (submission, current) = (access.Submission!, access.Step!);

        // What was typed is kept first, whatever happens next.
        var posted = new SubmissionData();
        await TryUpdateModelAsync(posted, "");
        var data = SubmissionService.Read(submission);
        SubmissionStepBinder.Merge(data, posted, current);
        var mediaForm = new EntryMediaForm();
        if (current == SubmissionSteps.Media && await TryUpdateModelAsync(mediaForm, ""))
        {
            foreach (var (field, message) in await mediaEditor.ApplyAsync(data.Images, data.Documents, mediaForm, users.GetUserId(User), cancellationToken))
            {
                ModelState.AddModelError(field, message);
            }
        }

        if (!await submissions.SaveAsync(submission, data, current.Number, cancellationToken))
        {
            TempData["Error"] = T["This entry was changed in another window meanwhile. Here is the latest version; check it and do your change again."].Value;
            return Redirect(StepUrl(culture, submission, current));
        }

        var uploadFailed = !ModelState.IsValid && current == SubmissionSteps.Media;
        if (go == "save" && !uploadFailed)
        {
            TempData["Message"] = T["Your draft is saved. You can come back to it at any time from My entries."].Value;
            return Redirect(StepUrl(culture, submission, current));
        }

        if (go == "back" && !uploadFailed)
        {
            return Redirect(StepUrl(culture, submission, SubmissionSteps.ByNumber(current.Number - 1)));
        }

        var call = await calls.GetOpenAsync(culture, cancellationToken);
        foreach (var (field, messages) in await checker.CheckAsync(submission, data, call?.Edition, current, cancellationToken))
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        // An upload (or a file removed) stays on the step; so does any problem, shown next to its field.
        if (!ModelState.IsValid || go == "upload")
        {
            return await RenderAsync(culture, submission, current, data, newImageAlt: uploadFailed ? mediaForm.NewImageAlt : null, newDocumentTitle: uploadFailed ? mediaForm.NewDocumentTitle : null, cancellationToken: cancellationToken);
        }

        return Redirect(StepUrl(culture, submission, SubmissionSteps.ByNumber(current.Number + 1)));
    }

    [HttpPost("{id}/submit")]
    public async Task<IActionResult> Submit(string culture, string id, CancellationToken cancellationToken)
    {
        var access = await EditableAsync(culture, id, SubmissionSteps.Review.Slug, cancellationToken);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var submission = access.Submission!;

        var call = await calls.GetOpenAsync(culture, cancellationToken);
        if (call is null && submission.Status != SubmissionStatus.ChangesRequested)
        {
            TempData["Error"] = T["No call for entries is open: your draft is kept, and you can submit it when the next call opens."].Value;
            return Redirect(StepUrl(culture, submission, SubmissionSteps.Review));
        }

        var result = await submissions.SubmitAsync(submission, call?.Edition, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = T["Some answers are missing or need a change: see the list below."].Value;
            return Redirect(StepUrl(culture, submission, SubmissionSteps.Review));
        }

        logger.LogInformation("Submission {SubmissionId} submitted as entry {ContentItemId}", submission.Id, result.ContentItemId);
        TempData["Message"] = T["Thank you: your entry is submitted. The WSIS Stocktaking team reviews it before it is published."].Value;
        return Redirect($"/{culture}/my-entries");
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string culture, string id, CancellationToken cancellationToken)
    {
        var submission = await LoadAsync(id, cancellationToken);
        if (submission is null)
        {
            return NotFound();
        }

        if (!IsOwner(submission))
        {
            return Forbidden();
        }

        if (submission.Status != SubmissionStatus.Draft)
        {
            TempData["Error"] = T["Only a draft that was never submitted can be deleted."].Value;
            return Redirect($"/{culture}/my-entries");
        }

        await submissions.DeleteDraftAsync(submission, cancellationToken);
        TempData["Message"] = T["The draft is deleted."].Value;
        return Redirect($"/{culture}/my-entries");
    }

    /// <summary>The submission and step when the current user may edit them, or the answer to give instead.</summary>
    private async Task<EditAccess> EditableAsync(string culture, string id, string step, CancellationToken cancellationToken)
    {
        var submission = await LoadAsync(id, cancellationToken);
        var current = SubmissionSteps.Find(step);
        if (submission is null || current is null)
        {
            return new EditAccess(null, null, NotFound());
        }

        if (!IsOwner(submission))
        {
            logger.LogWarning("User {UserId} tried to open submission {SubmissionId} of another person", users.GetUserId(User), id);
            return new EditAccess(null, null, Forbidden());
        }

        if (!submission.IsEditable)
        {
            TempData["Error"] = T["This entry is with the reviewers and cannot be changed now."].Value;
            return new EditAccess(null, null, Redirect($"/{culture}/my-entries"));
        }

        return new EditAccess(submission, current, null);
    }

    private sealed record EditAccess(Submission? Submission, SubmissionStep? Step, IActionResult? Refusal);

    private async Task<IActionResult> RenderAsync(
        string culture,
        Submission submission,
        SubmissionStep step,
        SubmissionData data,
        string? newImageAlt = null,
        string? newDocumentTitle = null,
        CancellationToken cancellationToken = default)
    {
        var call = await calls.GetOpenAsync(culture, cancellationToken);
        var ids = data.Images.Select(i => i.MediaId).Concat(data.Documents.Select(d => d.MediaId));
        var isReview = step == SubmissionSteps.Review;
        return View(step.Slug, new SubmissionStepViewModel
        {
            Submission = submission,
            Culture = culture,
            Data = data,
            Step = step,
            Choices = await choices.GetAsync(culture, cancellationToken),
            Call = call,
            Media = (await media.FindManyAsync(ids, cancellationToken)).ToDictionary(m => m.Id),
            MediaLimits = mediaOptions.Value,
            Problems = isReview ? await checker.CheckAsync(submission, data, call?.Edition, step: null, cancellationToken) : new Dictionary<string, List<string>>(),
            Similar = isReview ? await similar.FindAsync(new SimilarEntryQuery(data.Title, data.OrganisationName, data.ShortDescription, culture, submission.ContentItemId), cancellationToken) : [],
            NewImageAlt = newImageAlt,
            NewDocumentTitle = newDocumentTitle,
        });
    }

    private Task<Submission?> LoadAsync(string id, CancellationToken cancellationToken) =>
        id.Length > 26 ? Task.FromResult<Submission?>(null) : submissions.FindAsync(id, cancellationToken);

    private bool IsOwner(Submission submission) => submission.OwnerUserId == users.GetUserId(User);

    /// <summary>A real 403 with the site's error page, not a redirect: the person is signed in, just not the author.</summary>
    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    private static string StepUrl(string culture, Submission submission, SubmissionStep step) =>
        $"/{culture}/submit/{submission.Id}/{step.Slug}";
}
