namespace StocktakingCms.Entries.Submissions;

/// <summary>Where a stakeholder's submission stands, as "My entries" shows it.</summary>
public enum SubmissionStatus
{
    /// <summary>Being written; only its author sees it.</summary>
    Draft,

    /// <summary>Sent for review; the entry exists as an unpublished draft version.</summary>
    Submitted,

    /// <summary>A reviewer asked for changes: the author may edit and submit again.</summary>
    ChangesRequested,

    Published,

    Rejected,
}

/// <summary>
/// A stakeholder's submission through the public form. Until it is submitted, what the person
/// typed lives here, step by step, even when incomplete or invalid (the content item would
/// refuse it); submitting writes it into a StocktakingEntry draft that goes through review.
/// A proposed update of a published entry is a submission pointing at that entry.
/// </summary>
public sealed class Submission
{
    public string Id { get; set; } = "";

    public string OwnerUserId { get; set; } = "";

    public string Culture { get; set; } = "";

    public SubmissionStatus Status { get; set; }

    /// <summary>The entry this submission created or updates; null until first submitted (new entries).</summary>
    public string? ContentItemId { get; set; }

    /// <summary>The call it was started under.</summary>
    public string? CallContentItemId { get; set; }

    /// <summary>The furthest step the person reached (1-based), to resume where they left.</summary>
    public int Step { get; set; } = 1;

    /// <summary>The typed form data (<see cref="SubmissionData"/>) as JSON.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>The title as typed, for lists without reading the data.</summary>
    public string Title { get; set; } = "";

    public string? ReviewerComment { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>Optimistic concurrency: two tabs saving the same draft do not silently overwrite each other.</summary>
    public long Version { get; set; }

    public bool IsEditable => Status is SubmissionStatus.Draft or SubmissionStatus.ChangesRequested;
}
