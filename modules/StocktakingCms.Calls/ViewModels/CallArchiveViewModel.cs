using StocktakingCms.Calls.Services;

namespace StocktakingCms.Calls.ViewModels;

public sealed record CallArchiveViewModel(IReadOnlyList<CallSummary> Calls, string Culture, DateTime Now);
