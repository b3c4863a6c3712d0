using StocktakingCms.Entries.Submissions;

namespace StocktakingCms.Workflows.Actions;

/// <summary><c>set-submission-status</c> (value: Submitted, ChangesRequested, Published, Rejected): what the author sees in My entries, with the comment.</summary>
public sealed class SubmissionStatusAction(SubmissionService submissions) : IWorkflowAction
{
    public string Type => "set-submission-status";

    public string? Check(Models.WorkflowActionSettings settings) =>
        Enum.TryParse<SubmissionStatus>(settings.Value, ignoreCase: false, out _) ? null
            : $"'{settings.Value}' is not a submission status ({string.Join(", ", Enum.GetNames<SubmissionStatus>())}).";

    public Task RunAsync(WorkflowActionContext context, CancellationToken cancellationToken) =>
        submissions.SetStatusAsync(context.Item, Enum.Parse<SubmissionStatus>(context.Settings.Value!), context.Comment, cancellationToken);
}
