using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Workflows.Actions;

/// <summary><c>publish</c>: puts the item's latest version online.</summary>
public sealed class PublishAction(IContentManager content, IStringLocalizer<PublishAction> T) : IWorkflowAction
{
    public string Type => "publish";

    public async Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        var result = await content.PublishAsync(context.Item.ContentItemId, cancellationToken);
        if (!result.Succeeded)
        {
            throw new WorkflowActionException(T["the entry could not be published: {0}", string.Join(" ", result.AllMessages)]);
        }
    }
}

/// <summary><c>unpublish</c>: takes the item offline.</summary>
public sealed class UnpublishAction(IContentManager content, IStringLocalizer<UnpublishAction> T) : IWorkflowAction
{
    public string Type => "unpublish";

    public async Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        var result = await content.UnpublishAsync(context.Item.ContentItemId, cancellationToken);
        if (!result.Succeeded && result.Failure != ContentFailure.InvalidState)
        {
            throw new WorkflowActionException(T["the entry could not be taken offline: {0}", string.Join(" ", result.AllMessages)]);
        }
    }
}

/// <summary><c>assign-taker</c>: the person who takes the step becomes the item's reviewer.</summary>
public sealed class AssignTakerAction : IWorkflowAction
{
    public string Type => "assign-taker";

    public Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        context.Instance.AssigneeUserId = context.UserId;
        return Task.CompletedTask;
    }
}
