namespace StocktakingCms.Workflows.Data;

/// <summary>Which side of the review a comment comes from: the reviewers or the person who submitted the item.</summary>
public static class CommentSide
{
    public const string Reviewer = "reviewer";

    public const string Submitter = "submitter";
}

/// <summary>
/// A message in the conversation between the reviewers and the submitter of one item (one
/// workflow instance, as the history is). Plain text; never changed or deleted once written.
/// </summary>
public sealed class WorkflowComment
{
    /// <summary>The longest comment accepted: the same bound as a step's comment in the history.</summary>
    public const int MaxLength = 4000;

    public long Id { get; set; }

    public long InstanceId { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The author's display name when they wrote it (a later rename does not rewrite the thread).</summary>
    public string UserName { get; set; } = "";

    /// <summary><see cref="CommentSide.Reviewer"/> or <see cref="CommentSide.Submitter"/>.</summary>
    public string Side { get; set; } = "";

    public string Text { get; set; } = "";
}
