namespace StocktakingCms.Core.Admin;

/// <summary>A module's <c>AdminMenu.cs</c>: the links it adds to the admin menu.</summary>
public interface IAdminMenuProvider
{
    /// <summary>Menu texts are localized by the caller's current culture when this runs.</summary>
    IEnumerable<AdminMenuItem> GetItems();
}
