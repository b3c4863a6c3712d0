using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>The <c>roles</c> step: every role with its description and permissions (no user is exported).</summary>
public sealed class RolesExport(RoleManager<CmsRole> roles) : IRecipeExportSource
{
    public int Order => 20;

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var role in await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            var permissions = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == PermissionClaim.Type)
                .Select(c => c.Value)
                .Order(StringComparer.Ordinal);
            list.Add(new JsonObject
            {
                ["name"] = role.Name,
                ["description"] = role.Description,
                ["permissions"] = new JsonArray([.. permissions.Select(p => JsonValue.Create(p))]),
            });
        }

        return [new JsonObject { ["name"] = "roles", ["roles"] = list }];
    }
}
