using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Modules;
using StocktakingCms.Demo.Seeding;

namespace StocktakingCms.Demo;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<ISiteCommand, SeedDemoCommand>();
    }
}
