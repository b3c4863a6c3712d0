using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Users.Services;

public sealed record UserRow(string Id, string? UserName, string? Email, string? DisplayName, string? Organisation, bool EmailConfirmed, bool IsLockedOut, DateTime CreatedUtc, IReadOnlyList<string> Roles);

public sealed record UserListPage(IReadOnlyList<UserRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The admin's account list: search by name, e-mail or organisation, filter by role, newest first.</summary>
public sealed class UserAdminQuery(CoreDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<UserListPage> ListAsync(string? text, string? role, int page, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().ToUpperInvariant()}%";
            users = users.Where(u =>
                EF.Functions.Like(u.NormalizedEmail!, pattern)
                || EF.Functions.Like(u.NormalizedUserName!, pattern)
                || EF.Functions.Like(u.NormalizedDisplayName!, pattern)
                || EF.Functions.Like(u.NormalizedOrganisation!, pattern));
        }

        if (!string.IsNullOrEmpty(role))
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var total = await users.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await users.OrderByDescending(u => u.CreatedUtc).ThenBy(u => u.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.Email, u.DisplayName, u.Organisation, u.EmailConfirmed, u.LockoutEnd, u.CreatedUtc })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new UserListPage(
            [.. rows.Select(r => new UserRow(r.Id, r.UserName, r.Email, r.DisplayName, r.Organisation, r.EmailConfirmed,
                r.LockoutEnd > now, r.CreatedUtc, [.. roles.Where(x => x.UserId == r.Id).Select(x => x.Name!).Order()]))],
            total, page, PageSize);
    }
}
