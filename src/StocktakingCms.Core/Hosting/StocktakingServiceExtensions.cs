using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.ResponseCompression;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Caching;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Core.Recipes.Steps;
using StocktakingCms.Core.Routing;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Setup;

namespace StocktakingCms.Core.Hosting;

/// <summary>The one call a host makes to become a StocktakingCms site: <c>builder.AddStocktakingCms(typeof(Program).Assembly)</c>.</summary>
public static class StocktakingServiceExtensions
{
    public static WebApplicationBuilder AddStocktakingCms(this WebApplicationBuilder builder, Assembly hostAssembly)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var section = configuration.GetSection(StocktakingOptions.Section);
        services.Configure<StocktakingOptions>(section);
        var options = section.Get<StocktakingOptions>() ?? new StocktakingOptions();

        var dataFolder = new DataFolder(Path.GetFullPath(options.DataPath, builder.Environment.ContentRootPath));
        var database = DatabaseSettings.Resolve(options.Database.Provider, configuration.GetConnectionString("Default"), dataFolder.Path);
        services.AddSingleton(dataFolder);

        // Sign-in cookies and antiforgery tokens must survive a restart: keys live in the data folder.
        services.AddDataProtection()
            .SetApplicationName("StocktakingCms")
            .PersistKeysToFileSystem(new DirectoryInfo(dataFolder.Combine("keys")));
        services.AddSingleton(database);

        // Which modules load: all installed ones but those switched off by configuration or stored switches.
        var catalog = ModuleCatalog.Discover(hostAssembly);
        var probe = new ModuleState(catalog, catalog.Modules.Select(m => m.Id));
        var disabled = probe.ComputeDisabled(StoredModuleSwitches.Read(database), [], options.DisabledModules);
        var loaded = catalog.Modules.Where(m => !disabled.Contains(m.Id)).ToList();
        var moduleState = new ModuleState(catalog, loaded.Select(m => m.Id));
        services.AddSingleton(catalog);
        services.AddSingleton(moduleState);

        AddKernel(services, [typeof(StocktakingServiceExtensions).Assembly, .. catalog.Modules.Select(m => m.Assembly)]);
        AddWeb(services, catalog, loaded.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase), hostAssembly);
        ModuleLoader.ConfigureServices(ModuleLoader.CreateStartups(loaded), services, configuration);
        return builder;
    }

    private static void AddKernel(IServiceCollection services, IReadOnlyList<Assembly> localizedAssemblies)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<SiteUrls>();
        services.AddScoped<IAlternateLinks, AlternateLinks>();

        services.AddSingleton<DbConnectionFactory>();
        services.AddScoped<CmsDbSession>();
        services.AddCmsDbContext<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>("Core");
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<SiteDocuments>();
        services.AddScoped<Settings.SiteTime>();
        services.AddScoped<LanguageNames>();

        services.AddScoped<IContentDefinitionStore, ContentDefinitionStore>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentDisplayService>();
        services.AddSingleton<ContentViewSelector>();

        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<RecipeLocator>();
        services.AddScoped<IRecipeStepHandler, FeaturesStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<IRecipeExportSource, FeaturesExport>();
        services.AddScoped<IRecipeExportSource, SettingsExport>();
        services.AddScoped<IRecipeExportSource, RolesExport>();
        services.AddScoped<IRecipeExportSource, ContentDefinitionExport>();
        services.AddScoped<IRecipeExportSource, ContentExport>();
        services.AddSingleton<ISiteCommand, ExportCommand>();

        services.AddSingleton<SetupService>();
        services.AddScoped<AdminAccountCreator>();
        services.AddHostedService<SiteStartupService>();

        services.AddPoLocalization(localizedAssemblies);
    }

    private static void AddWeb(IServiceCollection services, ModuleCatalog catalog, IReadOnlySet<string> loaded, Assembly hostAssembly)
    {
        // Razor and System.Text.Encodings must not turn Arabic, Chinese or Cyrillic into &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddIdentity<CmsUser, CmsRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CoreDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/error/403";
            cookie.Cookie.Name = "stocktaking.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        });

        services.AddSingleton<PermissionChecker>();
        services.AddSingleton<IPermissionChecker>(sp => sp.GetRequiredService<PermissionChecker>());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicy>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IPermissionProvider, CorePermissions>();
        services.AddScoped<AdminMenuBuilder>();

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "stocktaking.antiforgery";
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });
        services.Configure<RouteOptions>(routes =>
        {
            routes.ConstraintMap[CultureRouteConstraint.Name] = typeof(CultureRouteConstraint);
            routes.LowercaseUrls = true;
        });

        services.AddControllersWithViews(mvc =>
            {
                // Every form post in every module is checked, without relying on each action to ask.
                mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .ConfigureApplicationPartManager(parts => ModuleLoader.ArrangeParts(parts, catalog, loaded, hostAssembly));

        services.AddSingleton<IConfigureOptions<MvcOptions>, ModelBindingMessages>();

        // Anonymous public pages are served from memory until content changes (see PublicPageCachePolicy);
        // HTML, JSON and feeds are compressed (static assets come precompressed from MapStaticAssets).
        services.AddOutputCache(cache => cache.AddBasePolicy(new PublicPageCachePolicy()));
        services.AddScoped<Content.Handlers.ContentHandler, PublicPageCacheEvictionHandler>();
        services.AddResponseCompression(compression =>
        {
            // Form tokens are masked anew on every response, so compressing pages served over HTTPS
            // gives a BREACH attacker no stable secret to recover.
            compression.EnableForHttps = true;
            compression.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "image/svg+xml", "text/csv"];
        });
        services.AddProblemDetails();
    }
}
