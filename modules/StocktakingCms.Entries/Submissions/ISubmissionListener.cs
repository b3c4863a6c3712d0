using StocktakingCms.Core.Content;

namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// Told when a submission has been written into its entry, inside the same transaction (the
/// Workflows module starts the review here). A problem returned cancels the submission.
/// </summary>
public interface ISubmissionListener
{
    Task<string?> SubmittedAsync(Submission submission, ContentItem entry, CancellationToken cancellationToken);
}
