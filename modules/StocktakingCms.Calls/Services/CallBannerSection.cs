using StocktakingCms.Calls.ViewModels;
using StocktakingCms.Core.Display;

namespace StocktakingCms.Calls.Services;

/// <summary>The home page's call banner: the open call with its days left, else the last closed call.</summary>
public sealed class CallBannerSection(CallSchedule schedule) : IHomeSection
{
    public const string View = "/Areas/StocktakingCms.Calls/Views/Shared/CallBanner.cshtml";

    public async Task<HomeSectionShape?> BuildAsync(string culture, CancellationToken cancellationToken)
    {
        var now = schedule.Now;
        if (await schedule.GetOpenAsync(culture, cancellationToken) is { } open)
        {
            return new HomeSectionShape(View, new CallBanner(open, IsOpen: true, CallSchedule.DaysLeft(open.ClosesUtc, now), culture), 0);
        }

        return await schedule.GetLastClosedAsync(culture, cancellationToken) is { } closed
            ? new HomeSectionShape(View, new CallBanner(closed, IsOpen: false, 0, culture), 0)
            : null;
    }
}
