using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Sitemaps;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Handlers;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Recipes;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Taxonomies;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<TaxonomiesDbContext, SqliteTaxonomiesDbContext, PostgresTaxonomiesDbContext>("Taxonomies");
        services.AddSingleton(ContentPartDescriptor.For<TaxonomyPart>("Taxonomy", "A tree of terms named in the six languages."));
        services.AddSingleton(ContentPartDescriptor.For<TermsPart>("Taxonomy fields", "Terms chosen from taxonomies, in fields set on the type."));
        services.AddScoped<ContentHandler, TaxonomyPartHandler>();
        services.AddScoped<ContentHandler, TermsPartHandler>();
        services.AddScoped<TaxonomyStore>();
        services.AddScoped<TermLinkIndexer>();
        services.AddScoped<ItemRetagger>();
        services.AddScoped<TermPageQuery>();
        services.AddScoped<TermPageFacets>();
        services.AddSingleton(ContentPartDescriptor.For<SpecialRepositoryPart>("Special repository", "A collection of entries on one theme: its term, launch year and state."));
        services.AddScoped<StocktakingCms.Core.Display.ContentPartDriver, Drivers.SpecialRepositoryPartDriver>();
        services.AddScoped<SpecialRepositoryDirectory>();
        services.AddScoped<ISitemapSource, TermSitemapSource>();
        services.AddSingleton<ISitemapSource, SpecialRepositoriesSitemap>();
        services.AddScoped<StocktakingCms.Core.Display.IHomeSection, SpecialRepositoriesSection>();
        services.AddScoped<TaxonomyEditor>();
        services.AddScoped<StocktakingCms.Core.Display.ContentPartDriver, Drivers.TermsPartDriver>();
        services.AddScoped<IRecipeStepHandler, TaxonomiesStep>();
        services.AddScoped<IRecipeExportSource, TaxonomiesExport>();
        services.Configure<RecipeExportOptions>(o => o.ContentTypesWithTheirOwnStep.Add(TaxonomiesStep.ContentType));
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[PublicTaxonomyConstraint.Name] = typeof(PublicTaxonomyConstraint));
    }
}
