using StocktakingCms.Calls.Services;

namespace StocktakingCms.Calls.ViewModels;

/// <summary>The home page banner: <paramref name="Call"/> is open (with the days left) or the last one closed.</summary>
public sealed record CallBanner(CallSummary Call, bool IsOpen, int DaysLeft, string Culture);
