using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Data;

namespace StocktakingCms.Entries.Submissions;

/// <summary>The outcome of submitting: the entry it went into, or the errors per form field.</summary>
public sealed record SubmitResult(string? ContentItemId, IReadOnlyDictionary<string, List<string>> Errors)
{
    public bool Succeeded => ContentItemId is not null;
}

/// <summary>Starting, saving, submitting and listing a stakeholder's submissions.</summary>
public sealed class SubmissionService(
    EntriesDbContext db,
    IContentManager content,
    SubmissionChecker checker,
    CmsDbSession session,
    IEnumerable<ISubmissionListener> listeners,
    ModuleState modules,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<Submission?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Submission>> ListMineAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Submissions.AsNoTracking().Where(s => s.OwnerUserId == userId)
            .OrderByDescending(s => s.UpdatedUtc).ToListAsync(cancellationToken);

    public static SubmissionData Read(Submission submission) =>
        JsonSerializer.Deserialize<SubmissionData>(submission.Data, Json) ?? new SubmissionData();

    /// <summary>A new draft, pre-filled from the person's profile.</summary>
    public async Task<Submission> StartAsync(CmsUser user, string culture, string? callId, CancellationToken cancellationToken = default)
    {
        var data = new SubmissionData
        {
            OrganisationName = user.Organisation,
            StakeholderType = user.StakeholderType,
            PublicContactName = user.DisplayName,
            PublicContactOrganisation = user.Organisation,
            PrivateContactEmail = user.Email,
            Countries = user.Country is { } country ? [country] : [],
        };
        var submission = New(user.Id, culture, callId, contentItemId: null);
        Write(submission, data);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        return submission;
    }

    /// <summary>
    /// A draft update of the person's published entry, pre-filled from it; the published version
    /// stays online until the update is approved. An update already in progress is reused.
    /// </summary>
    public async Task<Submission?> ProposeUpdateAsync(string userId, string contentItemId, string? callId, CancellationToken cancellationToken = default)
    {
        var existing = await db.Submissions.FirstOrDefaultAsync(
            s => s.ContentItemId == contentItemId && s.OwnerUserId == userId
                && (s.Status == SubmissionStatus.Draft || s.Status == SubmissionStatus.ChangesRequested || s.Status == SubmissionStatus.Submitted),
            cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var item = await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (item is null || item.Owner != userId || item.ContentType != EntryFields.ContentType)
        {
            return null;
        }

        var submission = New(userId, item.Culture, callId, contentItemId);
        Write(submission, SubmissionData.FromItem(item));
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        return submission;
    }

    /// <summary>Keeps what was typed, valid or not, and the furthest step reached.</summary>
    public async Task<bool> SaveAsync(Submission submission, SubmissionData data, int reachedStep, CancellationToken cancellationToken = default)
    {
        Write(submission, data);
        submission.Step = Math.Max(submission.Step, reachedStep);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>
    /// Checks the whole form with the entry's rules and, when it passes, writes it into the entry
    /// (a new draft entry, or a new draft version of the entry it updates) and marks it submitted,
    /// all in one transaction.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(Submission submission, string? edition, CancellationToken cancellationToken = default)
    {
        var data = Read(submission);
        var errors = await checker.CheckAsync(submission, data, edition, step: null, cancellationToken);
        if (errors.Count > 0)
        {
            return new SubmitResult(null, errors);
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var item = await checker.BuildAsync(submission, data, edition, detached: false, cancellationToken);
        var result = submission.ContentItemId is null
            ? await content.CreateAsync(item, publish: false, cancellationToken)
            : await content.UpdateAsync(item, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            var messages = result.Errors.ToDictionary(e => SubmissionSteps.FieldFor(e.Key), e => e.Value.ToList());
            return new SubmitResult(null, messages);
        }

        submission.ContentItemId = item.ContentItemId;
        submission.Status = SubmissionStatus.Submitted;
        submission.SubmittedUtc = clock.GetUtcNow().UtcDateTime;
        submission.UpdatedUtc = submission.SubmittedUtc.Value;
        submission.Version++;
        await session.SaveChangesAsync(cancellationToken);
        foreach (var listener in modules.Enabled(listeners))
        {
            if (await listener.SubmittedAsync(submission, item, cancellationToken) is { } problem)
            {
                // Rolled back: what is tracked must not reach a later save of this request.
                session.ClearTracking();
                return new SubmitResult(null, new Dictionary<string, List<string>> { [""] = [problem] });
            }
        }

        await session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new SubmitResult(item.ContentItemId, new Dictionary<string, List<string>>());
    }

    /// <summary>
    /// A reviewer's decision reaches the submissions of an entry: the status the author sees, the
    /// reviewers' comment, and, when changes are requested, the entry's latest text as the form to edit.
    /// </summary>
    public async Task SetStatusAsync(ContentItem entry, SubmissionStatus status, string? comment, CancellationToken cancellationToken = default)
    {
        var waiting = await db.Submissions
            .Where(s => s.ContentItemId == entry.ContentItemId && s.Status != SubmissionStatus.Draft)
            .ToListAsync(cancellationToken);
        foreach (var submission in waiting.Where(s => s.Status is SubmissionStatus.Submitted or SubmissionStatus.ChangesRequested))
        {
            submission.Status = status;
            submission.ReviewerComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            if (status == SubmissionStatus.ChangesRequested)
            {
                Write(submission, SubmissionData.FromItem(entry));
            }
            else
            {
                submission.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
                submission.Version++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Throws a draft away (and the files only it used stay until an editor cleans them).</summary>
    public async Task DeleteDraftAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        db.Submissions.Remove(submission);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Submission New(string userId, string culture, string? callId, string? contentItemId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Submission
        {
            Id = ContentIds.New(),
            OwnerUserId = userId,
            Culture = culture,
            Status = SubmissionStatus.Draft,
            ContentItemId = contentItemId,
            CallContentItemId = callId,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
    }

    private void Write(Submission submission, SubmissionData data)
    {
        submission.Data = JsonSerializer.Serialize(data, Json);
        var title = (data.Title ?? "").Trim();
        submission.Title = title.Length > 300 ? title[..300] : title;
        submission.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        submission.Version++;
    }
}
