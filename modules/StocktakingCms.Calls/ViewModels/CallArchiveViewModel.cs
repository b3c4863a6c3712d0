using StocktakingCms.Calls.Services;

namespace StocktakingCms.Calls.ViewModels;

/// <param name="Letters">The letters announcing each call, by the call's localization set.</param>
public sealed record CallArchiveViewModel(IReadOnlyList<CallSummary> Calls, ILookup<string, LetterLink> Letters, string Culture, DateTime Now);
