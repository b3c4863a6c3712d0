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

    /// <summary>
    /// Items enter the workflow (initial state) when they are created, as calls and letters do;
    /// otherwise something else starts it (entries: their submission).
    /// </summary>
    public bool StartOnCreate { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
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

    /// <summary>Started when an item enters the state, cancelled when it leaves it before they are due.</summary>
    public List<WorkflowTimerDefinition> Timers { get; set; } = [];
}

/// <summary>
/// Something that happens by itself some time after an item entered a state (e.g. remind the
/// reviewer after seven days in review): stored as a <see cref="Data.WorkflowTimer"/> row, so it
/// fires after a restart, on one node only.
/// </summary>
public sealed class WorkflowTimerDefinition
{
    /// <summary>Unique within its state; the stored timer refers to it by this name.</summary>
    public string Name { get; set; } = "";

    /// <summary>How long after entering the state it fires (fractions allowed: 0.5 is twelve hours).</summary>
    public double AfterDays { get; set; }

    /// <summary>
    /// Instead of <see cref="AfterDays"/>: a date of the item (<c>publication-date</c>: a call's
    /// opening, a letter's date); an item without that date starts no timer. A date already past fires at once.
    /// </summary>
    public string? At { get; set; }

    /// <summary>Run in order, in the firing's own transaction; the context's comment is the one given on entering the state.</summary>
    public List<WorkflowActionSettings> Actions { get; set; } = [];

    /// <summary>A transition the site takes itself when the timer fires (with its actions and a history line), e.g. <c>publish</c>.</summary>
    public string? Transition { get; set; }
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

    /// <summary>The mail template of <c>notify-submitter</c> and <c>notify-assignee</c>; the submission status of <c>set-submission-status</c>.</summary>
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
