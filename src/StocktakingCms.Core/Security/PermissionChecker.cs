using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Security;

/// <summary>
/// Resolves a user's permissions from their roles (plus Anonymous for everyone and Authenticated
/// for signed-in users). Role permissions are cached briefly; <see cref="Invalidate"/> is called
/// when roles change on this node.
/// </summary>
public sealed class PermissionChecker(
    IServiceScopeFactory scopes,
    IMemoryCache cache,
    IEnumerable<IPermissionProvider> providers,
    ModuleState modules,
    IOptions<IdentityOptions> identityOptions) : IPermissionChecker
{
    private const string CacheKey = "RolePermissions";

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission)
    {
        var roles = user.FindAll(identityOptions.Value.ClaimsIdentity.RoleClaimType).Select(c => c.Value).ToList();
        if (roles.Contains(CmsRoles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        roles.Add(CmsRoles.Anonymous);
        if (user.Identity?.IsAuthenticated == true)
        {
            roles.Add(CmsRoles.Authenticated);
        }

        var granted = await LoadAsync();
        var accepted = AcceptedNames(permission);
        return roles.Any(role => granted.TryGetValue(role, out var names) && names.Overlaps(accepted));
    }

    public void Invalidate() => cache.Remove(CacheKey);

    /// <summary>The permission itself and every permission that implies it, transitively.</summary>
    private HashSet<string> AcceptedNames(string permission)
    {
        var all = modules.Enabled(providers).SelectMany(p => p.GetPermissions())
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var accepted = new HashSet<string>(StringComparer.Ordinal) { permission };
        var pending = new Queue<string>([permission]);
        while (pending.TryDequeue(out var name))
        {
            if (all.TryGetValue(name, out var declared))
            {
                foreach (var broader in declared.ImpliedBy.Where(b => accepted.Add(b.Name)))
                {
                    pending.Enqueue(broader.Name);
                }
            }
        }

        return accepted;
    }

    private async Task<Dictionary<string, HashSet<string>>> LoadAsync()
    {
        if (cache.TryGetValue(CacheKey, out Dictionary<string, HashSet<string>>? cached) && cached is not null)
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var rows = await db.Roles.AsNoTracking()
            .Join(db.RoleClaims.Where(c => c.ClaimType == PermissionClaim.Type), r => r.Id, c => c.RoleId,
                (r, c) => new { r.Name, c.ClaimValue })
            .ToListAsync();
        var loaded = rows.Where(r => r.Name is not null && r.ClaimValue is not null)
            .GroupBy(r => r.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToHashSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        cache.Set(CacheKey, loaded, TimeSpan.FromSeconds(30));
        return loaded;
    }
}
