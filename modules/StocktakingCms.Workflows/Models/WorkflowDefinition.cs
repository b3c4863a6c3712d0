namespace StocktakingCms.Workflows.Models;

/// <summary>
/// A workflow type, as data: the states an item goes through, the transitions between them with
/// who may take them, and the actions run on the way. Loaded by the <c>workflow-types</c> recipe
/// step and checked by <see cref="Services.WorkflowDefinitionValidator"/> before it is stored.
/// </summary>
public sealed class WorkflowDefinition
{
    public string Name { get; set; } = "";

    public Dictionary<string, string> Labels { get; set; } = [];

    /// <summary>The content types whose items this workflow follows.</summary>
    public List<string> ContentTypes { get; set; } = [];

    public List<WorkflowState> States { get; set; } = [];

    public List<WorkflowTransition> Transitions { get; set; } = [];

    public WorkflowState? InitialState => States.FirstOrDefault(s => s.Initial);

    public WorkflowState? FindState(string name) => States.FirstOrDefault(s => s.Name == name);
}

public sealed class WorkflowState
{
    public string Name { get; set; } = "";

    public Dictionary<string, string> Labels { get; set; } = [];

    public bool Initial { get; set; }

    /// <summary>Nothing happens after a final state: the item leaves the review queue.</summary>
    public bool Final { get; set; }
}

public sealed class WorkflowTransition
{
    public string Name { get; set; } = "";

    public Dictionary<string, string> Labels { get; set; } = [];

    public List<string> From { get; set; } = [];

    public string To { get; set; } = "";

    /// <summary>Roles allowed to take it; the special role <c>Submitter</c> is the item's owner.</summary>
    public List<string> Roles { get; set; } = [];

    public bool CommentRequired { get; set; }

    /// <summary>Run in order, in the transition's transaction: a failure cancels the whole move.</summary>
    public List<WorkflowActionSettings> Actions { get; set; } = [];
}

/// <summary>One action of a transition: its kind (<c>publish</c>, <c>notify-submitter</c>...) and its settings.</summary>
public sealed class WorkflowActionSettings
{
    public string Type { get; set; } = "";

    /// <summary>The mail template of <c>notify-submitter</c>; the submission status of <c>set-submission-status</c>.</summary>
    public string? Value { get; set; }
}

/// <summary>The stored workflow types of the site (one site document).</summary>
public sealed class WorkflowTypesDocument
{
    public List<WorkflowDefinition> Types { get; set; } = [];
}

/// <summary>Names in the six languages, falling back to English, then to the technical name.</summary>
public static class WorkflowLabels
{
    public static string For(Dictionary<string, string> labels, string culture, string fallback) =>
        labels.TryGetValue(culture, out var label) && !string.IsNullOrWhiteSpace(label) ? label
        : labels.TryGetValue("en", out var english) && !string.IsNullOrWhiteSpace(english) ? english
        : fallback;
}
