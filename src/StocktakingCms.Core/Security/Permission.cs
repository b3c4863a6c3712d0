namespace StocktakingCms.Core.Security;

/// <summary>
/// A right a module declares (e.g. <c>ManageContent</c>). A permission may be implied by broader
/// ones: whoever holds <c>ManageContent</c> also holds <c>EditOwnContent</c>.
/// </summary>
public sealed record Permission(string Name, string Description, string Category = "General")
{
    public IReadOnlyList<Permission> ImpliedBy { get; init; } = [];

    public override string ToString() => Name;
}

/// <summary>The role claim type that carries a permission name.</summary>
public static class PermissionClaim
{
    public const string Type = "Permission";
}
