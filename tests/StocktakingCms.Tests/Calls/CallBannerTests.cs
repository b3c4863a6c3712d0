using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Calls.CallsSupport;

namespace StocktakingCms.Tests.Calls;

/// <summary>The home page's banner shows the open sample call of a new site with its days left, in each culture.</summary>
public abstract class CallBannerTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData("ar", "الأيام المتبقية: {0}")]
    [InlineData("zh", "还剩 {0} 天")]
    [InlineData("en", "{0} days left")]
    [InlineData("ru", null)]
    public async Task Should_show_the_open_call_with_its_days_left(string culture, string? daysText)
    {
        var (call, now) = await Site.WithScopeAsync(async sp =>
        {
            var schedule = sp.GetRequiredService<CallSchedule>();
            return (await schedule.GetOpenAsync(culture), schedule.Now);
        });
        Assert.NotNull(call);
        Assert.Equal(SampleCallSet, call.LocalizationSet);

        var page = await GetPageAsync(CreateClient(), $"/{culture}");

        var banner = page.QuerySelector("section.call-banner.open");
        Assert.NotNull(banner);
        var heading = banner.QuerySelector("h2");
        Assert.Equal(heading?.Id, banner.GetAttribute("aria-labelledby"));
        Assert.Equal(call.Url, banner.QuerySelector(".call-banner-title a")?.GetAttribute("href"));
        Assert.Equal(culture, banner.QuerySelector(".call-banner-title a")?.GetAttribute("lang"));
        Assert.Equal(SiteTimeIso(call.ClosesUtc), banner.QuerySelector("time")?.GetAttribute("datetime"));
        var days = CallSchedule.DaysLeft(call.ClosesUtc, now);
        Assert.InRange(days, 80, 92);
        var shown = Text(banner.QuerySelector(".call-banner-days"));
        if (daysText is not null)
        {
            Assert.Equal(string.Format(CultureInfo.InvariantCulture, daysText, days), shown);
        }

        Assert.Contains(days.ToString(CultureInfo.InvariantCulture), shown, StringComparison.Ordinal);
        Assert.NotNull(banner.QuerySelector($"a[href='/{culture}/submit']"));
    }

    [Fact]
    public async Task Should_show_the_deadline_in_the_visitors_language()
    {
        var call = await Site.WithScopeAsync(sp => sp.GetRequiredService<CallSchedule>().GetOpenAsync("fr"));
        Assert.NotNull(call);

        var page = await GetPageAsync(CreateClient(), "/fr");

        var month = CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.GetMonthName(call.ClosesUtc.AddHours(2).Month);
        Assert.Contains(month, Text(page.QuerySelector("section.call-banner time")), StringComparison.Ordinal);
        Assert.Contains("(heure de Genève)", Text(page.QuerySelector("section.call-banner dd")), StringComparison.Ordinal);
    }

    private static string SiteTimeIso(DateTime utc) => StocktakingCms.Core.Settings.SiteTime.Iso(utc);
}

/// <summary>With no call open, the banner shows the call that closed last, its deadline and the archive.</summary>
public abstract class ClosedCallBannerTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var open = await sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
                .Where(i => i.LocalizationSet == SampleCallSet && i.Published)
                .Select(i => i.ContentItemId).ToListAsync();
            foreach (var id in open)
            {
                await content.UnpublishAsync(id);
            }

            sp.GetRequiredService<CallSchedule>().Evict();
        });
    }

    [Theory]
    [InlineData("fr", "31 janvier 2023")]
    [InlineData("zh", "2023年1月31日")]
    [InlineData("en", "January 31, 2023")]
    public async Task Should_show_the_last_closed_call_with_its_deadline_and_the_archive(string culture, string deadline)
    {
        var page = await GetPageAsync(CreateClient(), $"/{culture}");

        var banner = page.QuerySelector("section.call-banner.closed");
        Assert.NotNull(banner);
        Assert.Null(page.QuerySelector("section.call-banner.open"));
        Assert.Equal(Call2023Url(culture), banner.QuerySelector(".call-banner-title a")?.GetAttribute("href"));
        Assert.Contains(deadline, Text(banner.QuerySelector("time")), StringComparison.Ordinal);
        Assert.NotNull(banner.QuerySelector($"a[href='/{culture}/calls']"));
        Assert.Null(banner.QuerySelector($"a[href='/{culture}/submit']"));
    }
}

public sealed class CallBannerSqliteTests(SharedSite site) : CallBannerTests(DatabaseProvider.Sqlite, site);

public sealed class CallBannerPostgresTests(SharedSite site) : CallBannerTests(DatabaseProvider.Postgres, site);

public sealed class ClosedCallBannerSqliteTests(SharedSite site) : ClosedCallBannerTests(DatabaseProvider.Sqlite, site);

public sealed class ClosedCallBannerPostgresTests(SharedSite site) : ClosedCallBannerTests(DatabaseProvider.Postgres, site);
