using Microsoft.AspNetCore.Identity;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Email;

namespace StocktakingCms.Workflows.Actions;

/// <summary>
/// <c>notify-submitter</c> (value: a template of this module, e.g. <c>changes-requested</c>): mails
/// the person who submitted the item, in their language, with the reviewer's comment and a link to
/// My entries. Queued in the transition's transaction: a step rolled back sends nothing.
/// </summary>
public sealed class NotifySubmitterAction(UserManager<CmsUser> users, WorkflowMails mails) : IWorkflowAction
{
    private static readonly string[] Templates = ["changes-requested", "approved", "rejected", "changes-reminder"];

    public string Type => "notify-submitter";

    public string? Check(Models.WorkflowActionSettings settings) => WorkflowMails.CheckTemplate(settings, Templates);

    public async Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        if (context.Instance.SubmitterUserId is { } id && await users.FindByIdAsync(id) is { } person)
        {
            // Nobody to tell when an editor entered the item or the account was deleted.
            await mails.QueueAsync(context, person, culture => $"/{culture}/my-entries", cancellationToken);
        }
    }
}

/// <summary>
/// <c>notify-assignee</c> (value: a template of this module, e.g. <c>review-reminder</c>): mails the
/// reviewer the item is assigned to, in their language, with a link to its review page. Nobody
/// assigned: nobody is mailed (the queue shows unassigned items).
/// </summary>
public sealed class NotifyAssigneeAction(UserManager<CmsUser> users, WorkflowMails mails) : IWorkflowAction
{
    private static readonly string[] Templates = ["review-reminder"];

    public string Type => "notify-assignee";

    public string? Check(Models.WorkflowActionSettings settings) => WorkflowMails.CheckTemplate(settings, Templates);

    public async Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        if (context.Instance.AssigneeUserId is { } id && await users.FindByIdAsync(id) is { } person)
        {
            await mails.QueueAsync(context, person, _ => $"/admin/review/{context.Instance.ContentItemId}", cancellationToken);
        }
    }
}
