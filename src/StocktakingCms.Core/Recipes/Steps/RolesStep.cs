using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "roles", "roles": [{ "name": "Editor", "permissions": [...] }] }</c>: creates or
/// updates roles. A role given without a permission list gets the defaults its modules declare.
/// </summary>
public sealed class RolesStep : RecipeStepHandler<RolesStep.Model>
{
    public override string Name => "roles";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var roles = context.Services.GetRequiredService<RoleManager<CmsRole>>();
        var providers = context.Services.GetRequiredService<ModuleState>()
            .Enabled(context.Services.GetServices<IPermissionProvider>()).ToList();
        var known = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in step.Roles)
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new RecipeStepException("A role has no name.");
            }

            var wanted = entry.Permissions
                ?? [.. providers.SelectMany(p => p.GetDefaultRoles())
                    .Where(d => string.Equals(d.Role, entry.Name, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(d => d.Permissions).Select(p => p.Name).Distinct()];
            var unknown = wanted.Where(p => !known.Contains(p)).ToList();
            if (unknown.Count > 0)
            {
                throw new RecipeStepException($"The role '{entry.Name}' lists unknown permissions: {string.Join(", ", unknown)}.");
            }

            var role = await roles.FindByNameAsync(entry.Name);
            var created = role is null;
            if (role is null)
            {
                role = new CmsRole(entry.Name) { Description = entry.Description };
                Check(await roles.CreateAsync(role), entry.Name);
            }
            else if (entry.Description is not null)
            {
                role.Description = entry.Description;
                Check(await roles.UpdateAsync(role), entry.Name);
            }

            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaim.Type).ToList();
            foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
            {
                Check(await roles.RemoveClaimAsync(role, claim), entry.Name);
            }

            foreach (var permission in wanted.Where(p => current.All(c => c.Value != p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(PermissionClaim.Type, permission)), entry.Name);
            }

            context.Report($"{(created ? "Created" : "Updated")} role {entry.Name} ({wanted.Count} permissions).");
        }

        var checker = context.Services.GetRequiredService<PermissionChecker>();
        context.Services.GetRequiredService<Data.CmsDbSession>().AfterCommit(checker.Invalidate);
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new RecipeStepException($"The role '{role}' could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    public sealed class Model
    {
        public List<RoleEntry> Roles { get; set; } = [];
    }

    public sealed class RoleEntry
    {
        public string Name { get; set; } = "";

        public string? Description { get; set; }

        public List<string>? Permissions { get; set; }
    }
}
