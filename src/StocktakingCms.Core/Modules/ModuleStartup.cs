using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StocktakingCms.Core.Modules;

/// <summary>
/// A module's entry point: each module has one sealed <c>Startup</c> deriving from this class.
/// Services are registered only when the module is switched on; routes are mapped with the
/// module's id as endpoint metadata so a module switched off at run time answers 404.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps minimal-API endpoints; MVC controllers are found through application parts.</summary>
    public virtual void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
