using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Media.Data;
using StocktakingCms.Media.Services;

namespace StocktakingCms.Media;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<MediaDbContext, SqliteMediaDbContext, PostgresMediaDbContext>("Media");
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddScoped<MediaStore>();
        services.AddScoped<IMediaStore>(sp => sp.GetRequiredService<MediaStore>());
        services.AddScoped<MediaAdminQuery>();
        services.AddScoped<OrphanMediaSweeper>();
        services.AddHostedService<MediaSweepWorker>();
        services.AddScoped<IAccountDataContributor, Services.MediaAccountData>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
