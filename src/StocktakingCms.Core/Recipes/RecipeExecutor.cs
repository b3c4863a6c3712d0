using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Recipes;

/// <summary>
/// Runs a recipe's steps in order, each in a scope and a transaction of its own: a failing step
/// leaves the database as it was before that step, and the run stops there with a message
/// naming the recipe, the step and the reason. (A step that commits its own batches keeps the
/// batches it committed, and its message says so.) Steps are idempotent, so a fixed recipe can
/// simply be run again.
/// </summary>
public sealed class RecipeExecutor(IServiceScopeFactory scopes, ModuleState modules, ILogger<RecipeExecutor> logger)
{
    public async Task<RecipeResult> ExecuteAsync(RecipeDescriptor recipe, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        void Report(string line)
        {
            lines.Add(line);
            progress?.Invoke(line);
        }

        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var step = recipe.Steps[index];
            var name = step["name"]!.GetValue<string>();
            var where = $"Recipe '{recipe.Name}', step {index + 1} '{name}'";
            var rolledBack = new StrongBox<bool>(true);
            try
            {
                await RunStepAsync(recipe, step, name, Report, rolledBack, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var reason = exception is RecipeStepException or RecipeException or Content.Definitions.ContentDefinitionException or ModuleLoadException
                    ? exception.Message
                    : $"{exception.GetType().Name}: {exception.Message}";
                // A step that commits its own batches has said itself what was kept.
                var message = rolledBack.Value ? $"{where} failed: {reason} Nothing of this step was saved." : $"{where} failed: {reason}";
                logger.LogError(exception, "{Message}", message);
                Report(message);
                return new RecipeResult(false, lines, message);
            }
        }

        Report($"Recipe '{recipe.Name}' completed: {recipe.Steps.Count} steps.");
        return new RecipeResult(true, lines, null);
    }

    private async Task RunStepAsync(
        RecipeDescriptor recipe, System.Text.Json.Nodes.JsonObject step, string name, Action<string> report,
        StrongBox<bool> rolledBack, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = modules.Enabled(scope.ServiceProvider.GetServices<IRecipeStepHandler>())
            .FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new RecipeStepException($"No switched-on module provides a step named '{name}'.");
        var context = new RecipeContext(scope.ServiceProvider, recipe, report, cancellationToken);
        if (handler.ManagesOwnTransactions)
        {
            rolledBack.Value = false;
            await handler.ExecuteAsync(step, context);
            return;
        }

        var session = scope.ServiceProvider.GetRequiredService<CmsDbSession>();
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await handler.ExecuteAsync(step, context);
        await session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
    }
}
