using System.Security.Claims;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Core.Admin;

/// <summary>The admin menu a user sees: items of switched-on modules they have permission for, in order.</summary>
public sealed class AdminMenuBuilder(IEnumerable<IAdminMenuProvider> providers, ModuleState modules, IPermissionChecker permissions)
{
    public async Task<IReadOnlyList<AdminMenuItem>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in modules.Enabled(providers).SelectMany(p => p.GetItems()))
        {
            if (await permissions.HasPermissionAsync(user, item.Permission))
            {
                visible.Add(item);
            }
        }

        return [.. visible.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.CurrentCulture)];
    }
}
