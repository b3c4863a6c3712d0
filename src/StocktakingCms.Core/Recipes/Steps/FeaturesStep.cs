using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Caching;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Core.Recipes.Steps;

/// <summary><c>{ "name": "features", "enable": [...], "disable": [...] }</c>: switches modules on or off.</summary>
public sealed class FeaturesStep : RecipeStepHandler<FeaturesStep.Model>
{
    public override string Name => "features";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var modules = context.Services.GetRequiredService<ModuleState>();
        var documents = context.Services.GetRequiredService<SiteDocuments>();
        var switches = await documents.GetAsync<ModuleSwitches>(context.CancellationToken);
        var disabled = modules.ComputeDisabled(switches.Disabled, step.Enable, step.Disable);
        switches.Disabled = [.. disabled.Order(StringComparer.Ordinal)];
        await documents.SetAsync(switches, context.CancellationToken);
        modules.Apply(disabled);
        // Cached public pages may show blocks of a module just switched off (the home page's call banner).
        if (context.Services.GetService<IOutputCacheStore>() is { } pages)
        {
            await pages.EvictByTagAsync(PublicPageCachePolicy.Tag, context.CancellationToken);
        }

        context.Report(disabled.Count == 0
            ? "All modules are switched on."
            : $"Modules switched off: {string.Join(", ", switches.Disabled)}.");
        foreach (var id in step.Enable.Where(modules.NeedsRestart))
        {
            context.Report($"The module '{id}' was switched on; it loads at the next start of the site.");
        }
    }

    public sealed class Model
    {
        public List<string> Enable { get; set; } = [];

        public List<string> Disable { get; set; } = [];
    }
}
