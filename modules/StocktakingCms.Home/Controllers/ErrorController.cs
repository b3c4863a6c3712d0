using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Routing;
using StocktakingCms.Home.ViewModels;

namespace StocktakingCms.Home.Controllers;

/// <summary>
/// The localized error pages the pipeline re-executes for 4xx answers and unhandled exceptions.
/// The page speaks the language of the address that failed (<c>/fr/...</c> gives French).
/// </summary>
[Area("StocktakingCms.Home")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("error/{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (originalPath is not null && UrlCultureProvider.FromPath(originalPath, CmsCultures.All) is { } culture)
        {
            var info = CmsCultures.Create(culture);
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
        }

        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error is { } error)
        {
            // The visitor sees a plain apology; the operator's log names the cause.
            logger.LogError(error, "Unhandled error on {Path}", originalPath);
        }

        var status = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View("Error", new ErrorViewModel(status, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}
