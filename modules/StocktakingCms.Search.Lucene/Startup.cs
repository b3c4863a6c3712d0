using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Handlers;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Search.Lucene;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<SearchDbContext, SqliteSearchDbContext, PostgresSearchDbContext>("SearchLucene");
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));

        services.AddSingleton<LanguageAnalyzers>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<IndexCursor>();
        services.AddSingleton<IndexingStatus>();
        services.AddSingleton<IndexingSignal>();
        services.AddScoped<EntrySource>();
        services.AddScoped<ContentHandler, IndexingTaskHandler>();
        services.AddHostedService<IndexingWorker>();
        services.AddScoped<EntrySearchService>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
