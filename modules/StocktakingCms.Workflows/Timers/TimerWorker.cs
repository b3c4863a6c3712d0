using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Workflows.Timers;

/// <summary>
/// Each node looks for due timers every <c>Workflows:Timers:PollInterval</c> and fires the ones it
/// claims. Timers live in the database, so they fire after a restart; claims keep each timer to
/// one node. Nothing it meets (database restarting) stops the host.
/// </summary>
public sealed partial class TimerWorker(
    IServiceScopeFactory scopes,
    ModuleState modules,
    IOptions<WorkflowTimerOptions> options,
    ILogger<TimerWorker> logger) : BackgroundService
{
    /// <summary>This node's name in the timers it claims and fires (machine, process, host).</summary>
    public string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                if (modules.IsEnabled(typeof(TimerWorker).Assembly))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    full = await scope.ServiceProvider.GetRequiredService<TimerFirer>().FireDueAsync(Node, stoppingToken) >= options.Value.BatchSize;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting (or not migrated yet): try again at the next poll.
                LogPollFailed(logger, exception);
            }

            if (!full)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Workflow timers could not be read or fired; trying again at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
