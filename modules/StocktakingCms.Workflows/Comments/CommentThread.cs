using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Workflows.Actions;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;

using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.Comments;

/// <summary>
/// One message of an item's conversation: a comment, or the comment a reviewer gave with a step
/// (<paramref name="Step"/> is then the step's name in the reader's language), in time order.
/// <paramref name="AuthorName"/> is null when the author's account was deleted.
/// </summary>
public sealed record ThreadMessage(DateTime AtUtc, string Side, string? AuthorName, string Text, string? Step);

/// <summary>
/// The conversation between the reviewers and the submitter of an item. Comments are plain text,
/// append-only, and mailed to the other side in their language: a reviewer's comment to the
/// submitter, the submitter's reply to the assigned reviewer (nobody assigned: the queue marks
/// the item as having a new reply instead, rather than mailing every reviewer).
/// </summary>
public sealed class CommentThread(
    WorkflowsDbContext db,
    WorkflowTypes types,
    CmsDbSession session,
    UserManager<CmsUser> users,
    WorkflowMails mails,
    TimeProvider clock,
    IStringLocalizer<CommentThread> T)
{
    /// <summary>
    /// The comments and the comments given with steps, oldest first: the submitter reads why
    /// changes were asked for and the reply to it in one place.
    /// </summary>
    public async Task<IReadOnlyList<ThreadMessage>> ReadAsync(WorkflowInstance instance, CancellationToken cancellationToken = default)
    {
        var definition = await types.FindAsync(instance.WorkflowType, cancellationToken);
        var culture = CmsCultures.CurrentName;
        var comments = await db.Comments.AsNoTracking().Where(c => c.InstanceId == instance.Id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var steps = await db.History.AsNoTracking().Where(h => h.InstanceId == instance.Id && h.Comment != null).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return
        [
            .. comments.Select(c => new ThreadMessage(c.AtUtc, c.Side, c.UserName is { Length: > 0 } name ? name : null, c.Text, Step: null))
                .Concat(steps.Select(h => new ThreadMessage(
                    h.AtUtc,
                    h.UserId is not null && h.UserId == instance.SubmitterUserId ? CommentSide.Submitter : CommentSide.Reviewer,
                    h.UserName,
                    h.Comment!,
                    StepLabel(definition, h.Transition, culture))))
                .OrderBy(m => m.AtUtc),
        ];
    }

    /// <summary>What is wrong with a comment about to be posted (localized), or null.</summary>
    public string? Check(string? text)
    {
        var normalized = Normalize(text);
        if (string.IsNullOrEmpty(normalized))
        {
            return T["Write a comment before sending it."].Value;
        }

        return normalized.Length > WorkflowComment.MaxLength
            ? T["A comment can be at most {0} characters long (this one has {1}).", WorkflowComment.MaxLength, normalized.Length].Value
            : null;
    }

    /// <summary>
    /// Adds a comment from <paramref name="side"/> and queues the mail to the other side, in one
    /// transaction: a mail that cannot be queued leaves no comment behind. Returns the problem
    /// with the text (localized), or null when posted.
    /// </summary>
    public async Task<string?> PostAsync(WorkflowInstance instance, ClaimsPrincipal user, string side, string? text, CancellationToken cancellationToken = default)
    {
        if (Check(text) is { } problem)
        {
            return problem;
        }

        var author = await users.GetUserAsync(user) ?? throw new InvalidOperationException("A comment needs a signed-in author.");
        var comment = new WorkflowComment
        {
            InstanceId = instance.Id,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = author.Id,
            UserName = Truncate(author.DisplayName ?? author.UserName ?? "", 256),
            Side = side,
            Text = Normalize(text)!,
        };
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        var (recipientId, template, path) = side == CommentSide.Reviewer
            ? (instance.SubmitterUserId, "comment-to-submitter", (Func<string, string>)(culture => $"/{culture}/my-entries/{instance.ContentItemId}"))
            : (instance.AssigneeUserId, "reply-to-reviewer", _ => $"/admin/review/{instance.ContentItemId}");
        if (recipientId is not null && recipientId != author.Id && await users.FindByIdAsync(recipientId) is { } recipient)
        {
            await mails.QueueAsync(template, recipient, instance.Title, comment.Text, comment.AtUtc, path, cancellationToken);
        }

        await session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return null;
    }

    /// <summary>Trimmed, with one kind of line break, so the length checked is the length stored.</summary>
    private static string? Normalize(string? text) =>
        text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static string StepLabel(WorkflowDefinition? definition, string transition, string culture) =>
        definition?.Transitions.FirstOrDefault(t => t.Name == transition) is { } found ? WorkflowLabels.For(found.Labels, culture, found.Name) : transition;
}
