using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Sitemaps;

namespace StocktakingCms.Home;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<ISitemapSource, HomeSitemap>();
}
