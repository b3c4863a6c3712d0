using StocktakingCms.Core.Content;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;

namespace StocktakingCms.Workflows.Actions;

/// <summary>
/// What an action sees: the item, the instance, the transition taken (null when a timer fires),
/// who took it (null: the site itself) and why.
/// </summary>
public sealed record WorkflowActionContext(
    ContentItem Item,
    WorkflowInstance Instance,
    WorkflowTransition? Transition,
    WorkflowActionSettings Settings,
    string? UserId,
    string? Comment);

/// <summary>
/// An action a transition may run. A failure throws <see cref="WorkflowActionException"/> with a
/// message for the person; the engine then rolls the whole transition back.
/// </summary>
public interface IWorkflowAction
{
    string Type { get; }

    /// <summary>Checked when a workflow type is saved: the problem with these settings, or null.</summary>
    string? Check(WorkflowActionSettings settings) => null;

    Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken);
}

public sealed class WorkflowActionException(string message) : Exception(message);
