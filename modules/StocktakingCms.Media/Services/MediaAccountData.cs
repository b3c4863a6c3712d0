using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Security;
using StocktakingCms.Media.Data;

namespace StocktakingCms.Media.Services;

/// <summary>
/// The files a person uploaded: listed in "download my data"; when the account is deleted the
/// files stay with the entries that show them, no longer linked to the person.
/// </summary>
public sealed class MediaAccountData(MediaDbContext db) : IAccountDataContributor
{
    public string Section => "files";

    public async Task<object?> ExportAsync(CmsUser user, CancellationToken cancellationToken) =>
        await db.MediaFiles.AsNoTracking()
            .Where(f => f.OwnerUserId == user.Id)
            .OrderBy(f => f.CreatedUtc)
            .Select(f => new { f.Id, f.FileName, Kind = f.Kind.ToString(), f.Length, f.CreatedUtc, f.IsPublic })
            .ToListAsync(cancellationToken);

    public async Task EraseAsync(CmsUser user, CancellationToken cancellationToken) =>
        await db.MediaFiles.Where(f => f.OwnerUserId == user.Id)
            .ExecuteUpdateAsync(files => files.SetProperty(f => f.OwnerUserId, (string?)null), cancellationToken);
}
