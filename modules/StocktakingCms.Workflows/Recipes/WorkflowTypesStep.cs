using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Services;

namespace StocktakingCms.Workflows.Recipes;

/// <summary>
/// <c>{ "name": "workflow-types", "types": [ { "name": "entry-review", "contentTypes": [...], "states": [...], "transitions": [...] } ] }</c>:
/// adds or replaces workflow types by name. A type that cannot work (unknown state or action,
/// unreachable state...) fails the step with every problem named; nothing of the step is saved.
/// A type whose items enter it on creation also takes in the items created before it, e.g. by the
/// recipe's content step (<see cref="WorkflowEngine.AdoptExistingAsync"/>).
/// </summary>
public sealed class WorkflowTypesStep : RecipeStepHandler<WorkflowTypesStep.Model>
{
    public override string Name => "workflow-types";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var types = context.Services.GetRequiredService<WorkflowTypes>();
        foreach (var definition in step.Types)
        {
            var problems = await types.SaveAsync(definition, context.CancellationToken);
            if (problems.Count > 0)
            {
                throw new RecipeStepException(string.Join(" ", problems));
            }

            var adopted = await context.Services.GetRequiredService<WorkflowEngine>().AdoptExistingAsync(definition, context.CancellationToken);
            context.Report($"Workflow type '{definition.Name}': {definition.States.Count} states, {definition.Transitions.Count} transitions, {adopted} existing items taken in.");
        }
    }

    public sealed class Model
    {
        public List<WorkflowDefinition> Types { get; set; } = [];
    }
}
