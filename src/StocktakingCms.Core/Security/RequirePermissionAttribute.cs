using Microsoft.AspNetCore.Authorization;

namespace StocktakingCms.Core.Security;

/// <summary>Allows an action only to users whose roles hold the named permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.Prefix + permission)
{
    public string Permission { get; } = permission;
}
