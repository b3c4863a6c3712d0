namespace StocktakingCms.Workflows.Data;

/// <summary>One content item in one workflow: where it stands now and who looks after it.</summary>
public sealed class WorkflowInstance
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string WorkflowType { get; set; } = "";

    public string State { get; set; } = "";

    /// <summary>In a state where someone must act (neither the initial nor a final state): the review queue.</summary>
    public bool IsWaiting { get; set; }

    public string? AssigneeUserId { get; set; }

    /// <summary>Who sent the item in: the <c>Submitter</c> pseudo-role, and whom mails go to.</summary>
    public string? SubmitterUserId { get; set; }

    /// <summary>Copied for the queue, so listing needs no content documents.</summary>
    public string Title { get; set; } = "";

    public string Culture { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime EnteredStateUtc { get; set; }

    /// <summary>Two reviewers acting at once: the second save fails instead of overwriting.</summary>
    public long Version { get; set; }
}

/// <summary>A step taken: never changed or deleted once written.</summary>
public sealed class WorkflowHistoryEntry
{
    public long Id { get; set; }

    public long InstanceId { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string? FromState { get; set; }

    public string ToState { get; set; } = "";

    public string Transition { get; set; } = "";

    public string? Comment { get; set; }
}
