using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.ViewModels;

public sealed record QueueViewModel(QueuePage Page, string? State, string? Culture, string? Assignee, WorkflowDefinition? Definition, DateTime Now, ReviewFigures Figures);

public sealed record ReviewItemViewModel(
    WorkflowDefinition Definition,
    WorkflowInstance Instance,
    IReadOnlyList<WorkflowTransition> Allowed,
    IReadOnlyList<WorkflowHistoryEntry> History,
    string? Error = null,
    string? Comment = null);
