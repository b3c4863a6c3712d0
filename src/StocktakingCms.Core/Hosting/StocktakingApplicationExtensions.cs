using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Routing;

namespace StocktakingCms.Core.Hosting;

/// <summary>The request pipeline of a StocktakingCms site, in the one order that works.</summary>
public static class StocktakingApplicationExtensions
{
    public static WebApplication UseStocktakingCms(this WebApplication app)
    {
        app.UseResponseCompression();

        // Unexpected errors and 4xx answers are shown by the theme's localized error pages.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();

        var cultures = CmsCultures.All.Select(CmsCultures.Create).ToList();
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CmsCultures.Create(CmsCultures.Default)),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        localization.RequestCultureProviders.Clear();
        localization.RequestCultureProviders.Add(new UrlCultureProvider(CmsCultures.All));
        localization.RequestCultureProviders.Add(new CookieRequestCultureProvider());
        localization.RequestCultureProviders.Add(new AcceptLanguageHeaderRequestCultureProvider());
        app.UseRequestLocalization(localization);

        app.UseRouting();
        app.UseMiddleware<ModuleEndpointGate>();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authentication, so signed-in users are never served the anonymous page.
        app.UseOutputCache();

        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        app.MapHealth();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var modules = app.Services.GetRequiredService<ModuleState>();
        foreach (var module in catalog.Modules.Where(m => modules.IsEnabled(m.Id)))
        {
            foreach (var startup in ModuleLoader.CreateStartups([module]))
            {
                var group = app.MapGroup("");
                group.WithMetadata(new ModuleEndpointMetadata(module.Id));
                startup.MapRoutes(group);
            }
        }

        return app;
    }
}
