using StocktakingCms.Workflows.Comments;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.ViewModels;

public sealed record QueueViewModel(
    QueuePage Page, string? State, string? Culture, string? Assignee, WorkflowDefinition? Definition, IReadOnlyList<WorkflowDefinition> Types, DateTime Now, ReviewFigures Figures)
{
    public IReadOnlyList<QueueTermFilter> TermFilters { get; init; } = [];

    /// <summary>A row's state in its own workflow's words (calls and letters have their own workflow).</summary>
    public string StateLabel(string workflowType, string state) =>
        (Types.FirstOrDefault(t => t.Name == workflowType) ?? Definition) is { } definition ? WorkflowEngine.StateLabel(definition, state) : state;
}

public sealed record ReviewItemViewModel(
    WorkflowDefinition Definition,
    WorkflowInstance Instance,
    IReadOnlyList<WorkflowTransition> Allowed,
    IReadOnlyList<WorkflowHistoryEntry> History,
    IReadOnlyList<WorkflowTimer> Timers,
    IReadOnlyList<ThreadMessage> Thread,
    string? Error = null,
    string? Comment = null)
{
    /// <summary>A refused comment of the conversation: the reason and the typed text, shown again.</summary>
    public string? ThreadError { get; init; }

    public string? ThreadText { get; init; }
}

/// <summary>The conversation as a list: reviewers see names, the submitter sees "Reviewer" and "You".</summary>
public sealed record ThreadMessagesView(IReadOnlyList<ThreadMessage> Messages, bool ForReviewers);

/// <summary>One taxonomy filter of the queue: its query parameter, label, terms and current choice.</summary>
public sealed record QueueTermFilter(string Parameter, string Label, StocktakingCms.Taxonomies.Services.TaxonomyTree Tree, string? Selected);

/// <summary>A workflow type as the JSON an administrator edits, and why the last save was refused.</summary>
public sealed record WorkflowTypeEditViewModel(string Name, string Json, IReadOnlyList<string> Problems);
