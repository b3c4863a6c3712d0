using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace StocktakingCms.Core.Modules;

/// <summary>Endpoint metadata naming the module a minimal-API endpoint belongs to.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);

/// <summary>
/// Answers 404 for the routes and static files of a module switched off while the site runs
/// (a module switched off at start has none to begin with).
/// </summary>
public sealed class ModuleEndpointGate(RequestDelegate next, ModuleState modules)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsSwitchedOff(context))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private bool IsSwitchedOff(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ModuleEndpointMetadata>() is { } metadata)
        {
            return !modules.IsEnabled(metadata.ModuleId);
        }

        if (endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
        {
            return !modules.IsEnabled(action.ControllerTypeInfo.Assembly);
        }

        // Static web assets of a module live under /_content/{AssemblyName}/.
        var path = context.Request.Path.Value;
        if (path?.StartsWith("/_content/", StringComparison.OrdinalIgnoreCase) == true)
        {
            var end = path.IndexOf('/', "/_content/".Length);
            var assemblyName = end < 0 ? path["/_content/".Length..] : path["/_content/".Length..end];
            var module = modules.Catalog.Modules.FirstOrDefault(m =>
                string.Equals(m.Assembly.GetName().Name, assemblyName, StringComparison.OrdinalIgnoreCase));
            return module is not null && !modules.IsEnabled(module.Id);
        }

        return false;
    }
}
