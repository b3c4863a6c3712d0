using StocktakingCms.Entries.Submissions;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.Comments;

/// <summary>The conversation with the reviewers and the reply form, as the submitter sees it on their entry's page.</summary>
public sealed record SubmitterThreadViewModel(string ContentItemId, IReadOnlyList<ThreadMessage> Messages, string? Text, string? Error);

/// <summary>
/// What the submitter last typed and why it was refused, for the page shown again after a refused
/// reply (one request: the reply's controller fills it, the section below reads it).
/// </summary>
public sealed class RefusedReply
{
    public string? Text { get; set; }

    public string? Error { get; set; }
}

/// <summary>
/// Adds the conversation to the submitter's page for the entry in My entries (an extension point of
/// the Entries module, which knows nothing of workflows). Nothing to show before the entry was
/// submitted: no workflow follows it yet.
/// </summary>
public sealed class SubmitterThreadSection(WorkflowEngine engine, CommentThread thread, RefusedReply refused) : IMyEntrySection
{
    public const string View = "/Areas/StocktakingCms.Workflows/Views/Shared/SubmitterThread.cshtml";

    public async Task<MyEntrySectionShape?> BuildAsync(MyEntry entry, CancellationToken cancellationToken) =>
        await engine.FindAnyAsync(entry.ContentItemId, cancellationToken) is { } instance
            ? new MyEntrySectionShape(View, new SubmitterThreadViewModel(entry.ContentItemId, await thread.ReadAsync(instance, cancellationToken), refused.Text, refused.Error), 10)
            : null;
}
