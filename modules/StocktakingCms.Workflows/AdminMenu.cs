using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;

namespace StocktakingCms.Workflows;

public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Review queue"], "/admin/review", Permissions.ReviewEntries.Name, Position: 6),
    ];
}
