using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;

namespace StocktakingCms.Users;

public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Users"], "/admin/users", Permissions.ManageUsers.Name, Position: 80),
    ];
}
