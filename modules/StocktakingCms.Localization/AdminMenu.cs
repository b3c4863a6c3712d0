using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;
using ContentPermissions = StocktakingCms.Contents.Permissions;

namespace StocktakingCms.Localization;

/// <summary>The Translations link of the admin menu: the coverage table.</summary>
public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Translations"], "/admin/translations", ContentPermissions.EditContent.Name, Position: 15),
    ];
}
