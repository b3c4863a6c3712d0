using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Workflows.Actions;
using StocktakingCms.Workflows.Models;

namespace StocktakingCms.Workflows.Services;

/// <summary>
/// Refuses a workflow type that cannot work, naming each problem: no or several initial states,
/// a transition from or to an unknown state, a state no transition reaches, an unknown action.
/// </summary>
/// <remarks>
/// Actions are resolved when a type is checked, not when the validator is made: some actions use
/// services (submissions) that, through their listeners, lead back to the workflow types.
/// </remarks>
public sealed class WorkflowDefinitionValidator(IServiceProvider services)
{
    public IReadOnlyList<string> Check(WorkflowDefinition definition)
    {
        var actions = services.GetServices<IWorkflowAction>().ToList();
        var dates = services.GetServices<Timers.IWorkflowDateSource>().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var name = string.IsNullOrWhiteSpace(definition.Name) ? "(no name)" : definition.Name;
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            problems.Add("A workflow type needs a name.");
        }

        var states = definition.States.Select(s => s.Name).ToList();
        foreach (var duplicate in states.GroupBy(s => s).Where(g => g.Count() > 1))
        {
            problems.Add($"Workflow '{name}': the state '{duplicate.Key}' is declared twice.");
        }

        var initial = definition.States.Where(s => s.Initial).ToList();
        if (initial.Count != 1)
        {
            problems.Add($"Workflow '{name}': exactly one state must be initial ({initial.Count} are).");
        }

        var known = actions.Select(a => a.Type).ToHashSet(StringComparer.Ordinal);
        foreach (var transition in definition.Transitions)
        {
            foreach (var from in transition.From.Where(f => !states.Contains(f)))
            {
                problems.Add($"Workflow '{name}': transition '{transition.Name}' starts from the unknown state '{from}'.");
            }

            if (!states.Contains(transition.To))
            {
                problems.Add($"Workflow '{name}': transition '{transition.Name}' goes to the unknown state '{transition.To}'.");
            }

            if (transition.Roles.Count == 0)
            {
                problems.Add($"Workflow '{name}': transition '{transition.Name}' names no role allowed to take it.");
            }

            var publishAt = transition.Actions.FindIndex(a => a.Type == "publish");
            if (publishAt >= 0 && transition.Actions.FindLastIndex(a => a.Type == "set-submission-status") > publishAt)
            {
                // Publishing already marks the waiting submission published (Entries' handler), so a
                // later status action finds nothing to update and the reviewers' comment is lost.
                problems.Add($"Workflow '{name}': transition '{transition.Name}' must run 'set-submission-status' before 'publish', or the submitter never sees the comment.");
            }

            CheckActions(transition.Actions, $"transition '{transition.Name}'");
        }

        foreach (var state in definition.States)
        {
            foreach (var duplicate in state.Timers.GroupBy(t => t.Name).Where(g => g.Count() > 1))
            {
                problems.Add($"Workflow '{name}': the state '{state.Name}' declares the timer '{duplicate.Key}' twice.");
            }

            foreach (var timer in state.Timers)
            {
                if (string.IsNullOrWhiteSpace(timer.Name))
                {
                    problems.Add($"Workflow '{name}': a timer of the state '{state.Name}' has no name.");
                }

                if (timer.At is { } at)
                {
                    if (!dates.Contains(at))
                    {
                        problems.Add($"Workflow '{name}': the timer '{timer.Name}' of the state '{state.Name}' fires at the unknown date '{at}' (known: {string.Join(", ", dates.Order())}).");
                    }
                }
                else if (timer.AfterDays <= 0)
                {
                    problems.Add($"Workflow '{name}': the timer '{timer.Name}' of the state '{state.Name}' must fire a positive number of days after the state is entered.");
                }

                if (timer.Transition is { } step && !definition.Transitions.Any(t => t.Name == step && t.From.Contains(state.Name)))
                {
                    problems.Add($"Workflow '{name}': the timer '{timer.Name}' of the state '{state.Name}' takes the transition '{step}', which does not start from that state.");
                }

                if (timer.Transition is null && timer.Actions.Count == 0)
                {
                    problems.Add($"Workflow '{name}': the timer '{timer.Name}' of the state '{state.Name}' does nothing (no actions, no transition).");
                }

                CheckActions(timer.Actions, $"the timer '{timer.Name}' of the state '{state.Name}'");
            }
        }

        if (initial.Count == 1)
        {
            var reached = new HashSet<string> { initial[0].Name };
            bool grew;
            do
            {
                grew = false;
                foreach (var transition in definition.Transitions.Where(t => t.From.Any(reached.Contains)))
                {
                    grew |= reached.Add(transition.To);
                }
            }
            while (grew);

            foreach (var unreachable in states.Where(s => !reached.Contains(s)))
            {
                problems.Add($"Workflow '{name}': no transition ever reaches the state '{unreachable}'.");
            }
        }

        return problems;

        void CheckActions(List<WorkflowActionSettings> list, string owner)
        {
            foreach (var action in list)
            {
                if (!known.Contains(action.Type))
                {
                    problems.Add($"Workflow '{name}': {owner} runs the unknown action '{action.Type}' (known: {string.Join(", ", known.Order())}).");
                }
                else if (actions.First(a => a.Type == action.Type).Check(action) is { } problem)
                {
                    problems.Add($"Workflow '{name}': {owner}, action '{action.Type}': {problem}");
                }
            }
        }
    }
}
