using StocktakingCms.Calls.Services;
using StocktakingCms.Media;

namespace StocktakingCms.Entries.Submissions;

/// <summary>One step of the submission form as the page shows it.</summary>
public sealed class SubmissionStepViewModel
{
    public required Submission Submission { get; init; }

    /// <summary>The page's culture (the entry's own culture is <see cref="Submission.Culture"/>).</summary>
    public required string Culture { get; init; }

    public required SubmissionData Data { get; init; }

    public required SubmissionStep Step { get; init; }

    public required SubmissionChoiceLists Choices { get; init; }

    /// <summary>The open call, or null when submission is closed.</summary>
    public CallSummary? Call { get; init; }

    /// <summary>The stored files the form refers to, by id.</summary>
    public IReadOnlyDictionary<string, StoredMedia> Media { get; init; } = new Dictionary<string, StoredMedia>();

    public required MediaOptions MediaLimits { get; init; }

    /// <summary>Review page: what the whole form still lacks, per field.</summary>
    public IReadOnlyDictionary<string, List<string>> Problems { get; init; } = new Dictionary<string, List<string>>();

    /// <summary>Review page: published entries that look like this one.</summary>
    public IReadOnlyList<SimilarEntry> Similar { get; init; } = [];

    /// <summary>What was typed next to an upload that failed, shown again.</summary>
    public string? NewImageAlt { get; init; }

    public string? NewDocumentTitle { get; init; }

    /// <summary>Submission (not saving) needs an open call, except to answer a reviewer's request.</summary>
    public bool CanSubmit => Call is not null || Submission.Status == SubmissionStatus.ChangesRequested;

    public string Url(SubmissionStep step) => $"/{Culture}/submit/{Submission.Id}/{step.Slug}";
}
