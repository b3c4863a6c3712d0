using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Media.Services;

/// <summary>
/// Runs <see cref="OrphanMediaSweeper"/> on every node, a few minutes after it starts (not at once:
/// a node restarted in a loop should not sweep in a loop) and then every <c>Media:Sweep:Interval</c>.
/// Nodes sweeping at the same moment do no harm: each deletion checks again that the file is unused.
/// </summary>
public sealed partial class MediaSweepWorker(
    IServiceScopeFactory scopes,
    ModuleState modules,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ILogger<MediaSweepWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FirstSweepDelay = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstSweepDelay < options.Value.Sweep.Interval ? FirstSweepDelay : options.Value.Sweep.Interval;
        while (true)
        {
            try
            {
                await Task.Delay(delay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (modules.IsEnabled(typeof(MediaSweepWorker).Assembly))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OrphanMediaSweeper>().SweepAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting: the next sweep tries again.
                LogSweepFailed(logger, exception);
            }

            delay = options.Value.Sweep.Interval;
        }
    }

    [LoggerMessage(LogLevel.Error, "Unused media files could not be swept; trying again at the next sweep.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
