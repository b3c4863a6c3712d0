using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Workflows.Data;

namespace StocktakingCms.Workflows.Services;

/// <summary>
/// A stakeholder's submission enters the review: the entry's workflow instance is created (or
/// found again, for an update or after changes were requested) and the submitter's step is taken,
/// in the submission's transaction.
/// </summary>
public sealed class SubmissionWorkflowStarter(
    WorkflowTypes types,
    WorkflowEngine engine,
    WorkflowsDbContext db,
    IHttpContextAccessor http,
    IStringLocalizer<SubmissionWorkflowStarter> T) : ISubmissionListener
{
    public async Task<string?> SubmittedAsync(Submission submission, ContentItem entry, CancellationToken cancellationToken)
    {
        var definition = await types.ForContentTypeAsync(entry.ContentType, cancellationToken);
        if (definition is null || http.HttpContext?.User is not { } user)
        {
            return null; // no workflow: editors publish submitted entries themselves
        }

        var instance = await engine.EnsureInstanceAsync(definition, entry, submission.OwnerUserId, cancellationToken);
        instance.SubmitterUserId = submission.OwnerUserId;
        await db.SaveChangesAsync(cancellationToken);
        var step = definition.Transitions.FirstOrDefault(t => t.From.Contains(instance.State) && t.Roles.Contains(WorkflowEngine.SubmitterRole));
        if (step is null)
        {
            return T["This entry is being reviewed: it cannot be submitted again before the reviewers decide."];
        }

        var result = await engine.TransitionAsync(instance, step.Name, user, comment: null, expectedVersion: null, cancellationToken);
        return result.Succeeded ? null : result.Message;
    }
}
