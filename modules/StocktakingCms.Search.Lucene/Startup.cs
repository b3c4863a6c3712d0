using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Sitemaps;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Search.Lucene.Drivers;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Handlers;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Search.Lucene;

public sealed class Startup : ModuleStartup
{
    /// <summary>The OpenAPI document of the public search API: <c>/openapi/entries.json</c>.</summary>
    public const string OpenApiDocument = "entries";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<SearchDbContext, SqliteSearchDbContext, PostgresSearchDbContext>("SearchLucene");
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));

        services.AddSingleton<LanguageAnalyzers>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<IndexCursor>();
        services.AddSingleton<IndexingStatus>();
        services.AddSingleton<IndexingSignal>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton<TaskLogKeeper>();
        services.AddScoped<EntrySource>();
        services.AddScoped<ContentHandler, IndexingTaskHandler>();
        services.AddHostedService<IndexingWorker>();
        services.AddSingleton<FacetOrdinals>();
        services.AddSingleton<IndexedFields>();
        services.AddSingleton<NewestFirst>();
        // Filled when a searcher opens on a new segment (SearchIndexes), not by a visitor's search.
        services.AddSingleton<ISegmentWarmer>(sp => sp.GetRequiredService<FacetOrdinals>());
        services.AddSingleton<ISegmentWarmer>(sp => sp.GetRequiredService<IndexedFields>());
        services.AddSingleton<ISegmentWarmer>(sp => sp.GetRequiredService<NewestFirst>());
        services.AddSingleton<TermLabelCache>();
        services.AddScoped<EntrySearchService>();
        services.AddSingleton<RelatedEntrySearch>();
        services.AddScoped<ContentPartDriver, RelatedEntriesDriver>();
        // Replaces the Entries module's SQL look-alikes on the submission form (registered after it).
        services.AddScoped<ISimilarEntries, LuceneSimilarEntries>();
        services.AddOpenApi(OpenApiDocument, options => options.ShouldInclude = api => api.RelativePath?.StartsWith("api/entries", StringComparison.Ordinal) == true);

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<ISitemapSource, SearchSitemap>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => routes.MapOpenApi("/openapi/{documentName}.json");
}
