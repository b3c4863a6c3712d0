using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Setup;

namespace StocktakingCms.Core.Hosting;

/// <summary>
/// Before the site takes requests: migrate the database, then run setup on a new site. Runs in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of the web server, so no request
/// ever sees a half-made site.
/// </summary>
public sealed class SiteStartupService(
    DatabaseMigrator migrator,
    SetupService setup,
    DatabaseSettings database,
    ILogger<SiteStartupService> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogCritical(exception, "The {Provider} database cannot be opened or migrated: {Reason}", database.Provider, exception.Message);
            throw new InvalidOperationException(
                $"The {database.Provider} database cannot be opened or migrated: {exception.Message} Check ConnectionStrings:Default and Stocktaking:DataPath.",
                exception);
        }

        var result = await setup.SetUpIfNeededAsync(line => logger.LogInformation("Setup: {Line}", line), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Setup failed: {result.Error}");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
