using StocktakingCms.Calls.Services;

namespace StocktakingCms.Entries.Submissions;

/// <summary>The submission landing page: the call (open, or when the last one closed) and the person's drafts.</summary>
public sealed record SubmitIndexViewModel(CallSummary? OpenCall, CallSummary? LastClosedCall, IReadOnlyList<Submission> Drafts, DateTime Now);

/// <summary>"My entries": every submission of the person, newest first.</summary>
public sealed record MyEntriesViewModel(IReadOnlyList<Submission> Submissions, IReadOnlyDictionary<string, string> PublishedUrls, bool CallOpen);
