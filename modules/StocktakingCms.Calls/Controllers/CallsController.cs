using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StocktakingCms.Calls.Services;
using StocktakingCms.Calls.ViewModels;

namespace StocktakingCms.Calls.Controllers;

/// <summary>The public archive of calls for entries.</summary>
[Area("StocktakingCms.Calls")]
[AllowAnonymous]
public sealed class CallsController(CallSchedule schedule, LetterDirectory letters) : Controller
{
    [HttpGet("{culture:cms-culture}/calls")]
    public async Task<IActionResult> Index(string culture, CancellationToken cancellationToken) =>
        View(new CallArchiveViewModel(
            await schedule.ArchiveAsync(culture, cancellationToken), await letters.ByCallAsync(culture, cancellationToken), culture, schedule.Now));
}
