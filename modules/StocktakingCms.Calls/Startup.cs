using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Calls.Drivers;
using StocktakingCms.Calls.Handlers;
using StocktakingCms.Calls.Models;
using StocktakingCms.Calls.Recipes;
using StocktakingCms.Calls.Services;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Recipes;

namespace StocktakingCms.Calls;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ContentPartDescriptor.For<CallPart>("Call for entries", "Opening and closing dates (Geneva time) that open and close submission, and the forum."));
        services.AddScoped<ContentPartDriver, CallPartDriver>();
        services.AddScoped<ContentHandler, CallPartHandler>();
        services.AddScoped<CallSchedule>();
        services.AddScoped<IRecipeStepHandler, SampleCallStep>();
    }
}
