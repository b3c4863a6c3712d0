using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Core.Setup;

/// <summary>
/// Sets a new site up on its first start: runs the setup recipe, applies the configured site
/// name, creates the administrator and records that setup is done, so a second start skips it.
/// A setup that fails is not recorded: fix the cause and start again (every step is idempotent).
/// </summary>
public sealed class SetupService(
    IServiceScopeFactory scopes,
    RecipeExecutor executor,
    RecipeLocator locator,
    IOptions<StocktakingOptions> options,
    TimeProvider clock,
    ILogger<SetupService> logger)
{
    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var state = await scope.ServiceProvider.GetRequiredService<SiteDocuments>().GetAsync<SetupState>(cancellationToken);
        return state.CompletedUtc is not null;
    }

    /// <returns>The recipe's result; a site already set up answers success with no lines.</returns>
    public async Task<RecipeResult> SetUpIfNeededAsync(Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await IsSetUpAsync(cancellationToken))
        {
            return new RecipeResult(true, [], null);
        }

        var setup = options.Value.Setup;
        var path = locator.Find(setup.Recipe)
            ?? throw new RecipeException($"The setup recipe '{setup.Recipe}' was not found (looked for recipes/{setup.Recipe}.recipe.json).");
        logger.LogInformation("Setting the site up with the recipe {Recipe}", path);
        var recipe = await RecipeReader.ReadFileAsync(path, cancellationToken);
        var result = await executor.ExecuteAsync(recipe, progress, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        await using var scope = scopes.CreateAsyncScope();
        var lines = result.Lines.ToList();
        var admin = await scope.ServiceProvider.GetRequiredService<AdminAccountCreator>().CreateAsync(cancellationToken);
        lines.Add(admin);
        progress?.Invoke(admin);

        var documents = scope.ServiceProvider.GetRequiredService<SiteDocuments>();
        if (!string.IsNullOrWhiteSpace(setup.SiteName))
        {
            var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
            settings.SiteName = setup.SiteName.Trim();
            await documents.SetAsync(settings, cancellationToken);
        }

        await documents.SetAsync(new SetupState { CompletedUtc = clock.GetUtcNow().UtcDateTime, Recipe = recipe.Name }, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<CmsDbSession>().SaveChangesAsync(cancellationToken);
        logger.LogInformation("Setup completed with the recipe {Recipe}", recipe.Name);
        return result with { Lines = lines };
    }
}
