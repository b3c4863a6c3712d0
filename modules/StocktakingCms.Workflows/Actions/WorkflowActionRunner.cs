using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Modules;
using StocktakingCms.Workflows.Models;

namespace StocktakingCms.Workflows.Actions;

/// <summary>Runs a list of actions in order, for a transition or a timer, in the caller's transaction.</summary>
/// <remarks>Actions are resolved when they run, not injected: some use services that lead back to the engine.</remarks>
public sealed class WorkflowActionRunner(IServiceProvider services, ModuleState modules)
{
    public async Task RunAsync(IEnumerable<WorkflowActionSettings> actions, Func<WorkflowActionSettings, WorkflowActionContext> context, CancellationToken cancellationToken)
    {
        var known = modules.Enabled(services.GetServices<IWorkflowAction>()).ToList();
        foreach (var settings in actions)
        {
            var action = known.FirstOrDefault(a => a.Type == settings.Type)
                ?? throw new WorkflowActionException($"the action '{settings.Type}' is not available (its module is switched off?).");
            await action.RunAsync(context(settings), cancellationToken);
        }
    }
}
