using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using StocktakingCms.Core.Security;
using StocktakingCms.Media.Data;
using StocktakingCms.Media.Services;

namespace StocktakingCms.Media.Controllers;

/// <summary>
/// Serves stored files at <c>/media/{id}/{file-name}</c> (the name is for the reader; the id alone
/// finds the file). A file that is not public is served only to its owner and to holders of
/// <see cref="Permissions.ViewAllMedia"/>; to anyone else it does not exist (404).
/// </summary>
[Area("StocktakingCms.Media")]
public sealed class MediaController(MediaStore store, IPermissionChecker permissions, UserManager<CmsUser> users) : Controller
{
    /// <summary>Public files may be cached a few minutes: that long a file may still show after its item is unpublished.</summary>
    private const string PublicCache = "public, max-age=300";

    [HttpGet("media/{id}/{fileName}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var file = await store.FindRowAsync(id, cancellationToken);
        if (file is null || !(file.IsPublic || await MayViewAsync(file)))
        {
            return NotFound();
        }

        var path = store.PathOf(file.Id);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        // Images show in the page; PDFs are downloaded, never rendered under the site's origin.
        var disposition = new ContentDispositionHeaderValue(file.Kind == MediaKind.Image ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        var headers = Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = file.IsPublic ? PublicCache : "private, no-store";
        return PhysicalFile(
            path,
            file.ContentType,
            DateTime.SpecifyKind(file.CreatedUtc, DateTimeKind.Utc),
            new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
    }

    private async Task<bool> MayViewAsync(MediaFile file) =>
        (file.OwnerUserId is not null && file.OwnerUserId == users.GetUserId(User))
        || await permissions.HasPermissionAsync(User, Permissions.ViewAllMedia.Name);
}
