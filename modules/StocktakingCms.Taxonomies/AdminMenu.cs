using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;

namespace StocktakingCms.Taxonomies;

public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Taxonomies"], "/admin/taxonomies", Permissions.ManageTaxonomies.Name, Position: 30),
    ];
}
