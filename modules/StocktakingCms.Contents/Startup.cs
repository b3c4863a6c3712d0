using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Data;
using StocktakingCms.Contents.Drivers;
using StocktakingCms.Contents.Handlers;
using StocktakingCms.Contents.Models;
using StocktakingCms.Contents.Services;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<ContentsDbContext, SqliteContentsDbContext, PostgresContentsDbContext>("Contents");

        services.AddSingleton(ContentPartDescriptor.For<TitlePart>("Title", "A required title, used as the item's name in lists."));
        services.AddSingleton(ContentPartDescriptor.For<MarkdownBodyPart>("Markdown body", "Text written in Markdown, shown as sanitized HTML."));
        services.AddSingleton(ContentPartDescriptor.For<AutoroutePart>("Address", "The item's public address /{culture}/{slug}."));

        services.AddScoped<ContentPartDriver, TitlePartDriver>();
        services.AddScoped<ContentPartDriver, AutoroutePartDriver>();
        services.AddScoped<ContentPartDriver, MarkdownBodyPartDriver>();

        services.AddScoped<ContentHandler, TitlePartHandler>();
        services.AddScoped<ContentHandler, MarkdownBodyPartHandler>();
        services.AddScoped<ContentHandler, AutoroutePartHandler>();

        services.AddScoped<ContentRouteResolver>();
        services.AddScoped<ContentAdminQuery>();
        services.AddScoped<TranslationPaths>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
