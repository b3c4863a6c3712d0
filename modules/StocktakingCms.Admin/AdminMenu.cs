using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Admin;

public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Dashboard"], "/admin", CorePermissions.AccessAdmin.Name, Position: 0),
        new(T["Modules"], "/admin/modules", CorePermissions.ManageModules.Name, Position: 900),
        new(T["Export"], "/admin/export", CorePermissions.ManageSettings.Name, Position: 910),
    ];
}
