using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Media.Data;

namespace StocktakingCms.Media.Services;

/// <summary>One line of the admin list: the file, its owner's user name (null when none or deleted) and its URL.</summary>
public sealed record MediaRow(StoredMedia Media, bool IsPublic, string? OwnerName, string Url);

public sealed record MediaListPage(IReadOnlyList<MediaRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The admin list of stored files, newest first, paged in SQL.</summary>
public sealed class MediaAdminQuery(MediaDbContext db, CoreDbContext core, MediaStore store)
{
    public async Task<MediaListPage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.MediaFiles.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var files = await db.MediaFiles.AsNoTracking()
            .OrderByDescending(f => f.CreatedUtc).ThenByDescending(f => f.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        // Two contexts cannot be joined: the owners' names come in a second query.
        var ownerIds = files.Select(f => f.OwnerUserId).OfType<string>().Distinct().ToList();
        var owners = await core.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        var rows = files.Select(f =>
        {
            var media = f.ToStoredMedia();
            return new MediaRow(media, f.IsPublic, f.OwnerUserId is { } owner ? owners.GetValueOrDefault(owner) : null, store.UrlFor(media));
        });
        return new MediaListPage([.. rows], total, page, pageSize);
    }
}
