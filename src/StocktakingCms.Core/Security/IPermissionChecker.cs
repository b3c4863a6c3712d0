using System.Security.Claims;

namespace StocktakingCms.Core.Security;

/// <summary>Answers whether a user holds a permission through their roles.</summary>
public interface IPermissionChecker
{
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission);
}
