namespace StocktakingCms.Workflows.Actions;

/// <summary>What a workflow mail shows: to whom, which item, the comment, where to act, and for reminders how long it has waited.</summary>
public sealed record WorkflowMailModel(string Name, string Title, string? Comment, string Link, int Days);
