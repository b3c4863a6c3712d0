using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using StocktakingCms.Entries.Public.OpenData;

namespace StocktakingCms.Entries.Controllers;

/// <summary>
/// Open data: <c>/{culture}/open-data</c> describes the downloads, <c>/{culture}/open-data/entries.csv</c>
/// is every published entry in that language. Public, cached like the other public pages.
/// </summary>
[Area("StocktakingCms.Entries")]
public sealed class OpenDataController(EntryCsvExport export) : Controller
{
    /// <summary>With a byte order mark: spreadsheet programs then read Arabic, Chinese and Russian text as UTF-8.</summary>
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    [HttpGet("{culture:cms-culture}/open-data")]
    public IActionResult Index(string culture) => View(model: culture);

    [HttpGet("{culture:cms-culture}/open-data/entries.csv")]
    public async Task Entries(string culture, CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8; header=present";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"wsis-stocktaking-entries-{culture}.csv",
        }.ToString();
        await using var writer = new StreamWriter(Response.Body, Utf8WithMark, bufferSize: 64 * 1024);
        await export.WriteAsync(culture, writer, cancellationToken);
    }
}
