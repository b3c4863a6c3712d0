using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;

namespace StocktakingCms.Contents;

/// <summary>The Content link of the admin menu.</summary>
public sealed class AdminMenu(IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(T["Content"], "/admin/content", Permissions.EditContent.Name, Position: 10),
    ];
}
