using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Caching;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Sitemaps;
using StocktakingCms.Localization.Handlers;
using StocktakingCms.Localization.Services;

namespace StocktakingCms.Localization;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SitemapOptions>(configuration.GetSection("Localization:Sitemap"));
        services.AddScoped<TranslationQuery>();
        services.AddScoped<Translator>();
        services.AddScoped<CoverageQuery>();
        services.AddScoped<IContentEditorSection, TranslationsEditorSection>();
        services.AddScoped<ContentHandler, OneVersionPerCultureHandler>();
        services.AddScoped<ISitemapSource, ContentSitemapSource>();
        services.AddScoped<SitemapBuilder>();
        // Cached like the public pages, under their tag, so a publication evicts the sitemap too.
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SitemapOptions>>((cache, sitemap) =>
            cache.AddPolicy(SitemapOptions.CachePolicy, policy => policy.Expire(sitemap.Value.CacheDuration).Tag(PublicPageCachePolicy.Tag)));
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
