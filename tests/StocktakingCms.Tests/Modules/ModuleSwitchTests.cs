using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Modules;

public sealed class ModuleSwitchTests
{
    [Fact]
    public async Task Should_not_load_a_module_switched_off_in_configuration()
    {
        await using var site = await CmsSiteFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Stocktaking:DisabledModules:0"] = "StocktakingCms.Home",
        });
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/about")).StatusCode);
        var modules = site.Services.GetRequiredService<ModuleState>();
        Assert.False(modules.IsEnabled("StocktakingCms.Home"));
        Assert.True(modules.IsEnabled("StocktakingCms.Contents"));
    }

    [Fact]
    public async Task Should_remove_routes_menus_and_assets_at_once_when_a_recipe_switches_a_module_off()
    {
        await using var site = await CmsSiteFactory.CreateAsync();
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/calls")).StatusCode);

        var result = await RunFeaturesAsync(site, """{ "name": "switch", "steps": [ { "name": "features", "disable": [ "StocktakingCms.Calls" ] } ] }""");

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Lines, line => line.Contains("StocktakingCms.Entries", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/submit")).StatusCode);
        await site.WithScopeAsync(async sp =>
        {
            var menu = sp.GetServices<IAdminMenuProvider>();
            var modules = sp.GetRequiredService<ModuleState>();
            Assert.DoesNotContain(modules.Enabled(menu), provider => provider.GetType().Assembly.GetName().Name == "StocktakingCms.Entries");
            await Task.CompletedTask;
        });

        var back = await RunFeaturesAsync(site, """{ "name": "switch", "steps": [ { "name": "features", "enable": [ "StocktakingCms.Entries" ] } ] }""");
        Assert.True(back.Succeeded, back.Error);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/calls")).StatusCode);
    }

    [Theory]
    [InlineData("StocktakingCms.Contents")]
    [InlineData("StocktakingCms.Taxonomies")]
    [InlineData("StocktakingCms.Email")]
    public async Task Should_refuse_to_switch_off_a_module_an_always_on_module_needs(string moduleId)
    {
        await using var site = await CmsSiteFactory.CreateAsync();

        var result = await RunFeaturesAsync(site, $$"""{ "name": "switch", "steps": [ { "name": "features", "disable": [ "{{moduleId}}" ] } ] }""");

        Assert.False(result.Succeeded);
        Assert.Contains("cannot be switched off", result.Error, StringComparison.Ordinal);
        Assert.True(site.Services.GetRequiredService<ModuleState>().IsEnabled(moduleId));
    }

    [Fact]
    public async Task Should_refuse_to_switch_off_a_module_the_site_cannot_run_without()
    {
        await using var site = await CmsSiteFactory.CreateAsync();

        var result = await RunFeaturesAsync(site, """{ "name": "switch", "steps": [ { "name": "features", "disable": [ "StocktakingCms.Users" ] } ] }""");

        Assert.False(result.Succeeded);
        Assert.Contains("cannot be switched off", result.Error, StringComparison.Ordinal);
        Assert.True(site.Services.GetRequiredService<ModuleState>().IsEnabled("StocktakingCms.Users"));
    }

    [Fact]
    public void Should_refuse_modules_that_depend_on_each_other_in_a_cycle()
    {
        var a = new ModuleDescriptor(new ModuleAttribute("A") { Dependencies = ["B"] }, typeof(ModuleSwitchTests).Assembly);
        var b = new ModuleDescriptor(new ModuleAttribute("B") { Dependencies = ["A"] }, typeof(ModuleSwitchTests).Assembly);
        var missing = new ModuleDescriptor(new ModuleAttribute("C") { Dependencies = ["Nowhere"] }, typeof(ModuleSwitchTests).Assembly);

        var cycle = Assert.Throws<ModuleLoadException>(() => new ModuleCatalog([a, b]));
        Assert.Contains("A -> B -> A", cycle.Message, StringComparison.Ordinal);
        var absent = Assert.Throws<ModuleLoadException>(() => new ModuleCatalog([missing]));
        Assert.Contains("'Nowhere', which is not installed", absent.Message, StringComparison.Ordinal);
    }

    private static async Task<RecipeResult> RunFeaturesAsync(CmsSiteFactory site, string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var recipe = await RecipeReader.ReadAsync(stream, "test");
        return await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
    }
}
