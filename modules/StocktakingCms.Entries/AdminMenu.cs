using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;

namespace StocktakingCms.Entries;

public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Entries"], "/admin/entries", Contents.Permissions.EditContent.Name, Position: 5),
    ];
}
