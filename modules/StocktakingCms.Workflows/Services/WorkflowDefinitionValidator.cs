using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
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
public sealed class WorkflowDefinitionValidator(IServiceProvider services, IStringLocalizer<WorkflowDefinitionValidator> T)
{
    public IReadOnlyList<string> Check(WorkflowDefinition definition)
    {
        var actions = services.GetServices<IWorkflowAction>().ToList();
        var dates = services.GetServices<Timers.IWorkflowDateSource>().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var name = string.IsNullOrWhiteSpace(definition.Name) ? "?" : definition.Name;
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            problems.Add(T["A workflow type needs a name."]);
        }

        var states = definition.States.Select(s => s.Name).ToList();
        foreach (var duplicate in states.GroupBy(s => s).Where(g => g.Count() > 1))
        {
            problems.Add(T["Workflow '{0}': the state '{1}' is declared twice.", name, duplicate.Key]);
        }

        var initial = definition.States.Where(s => s.Initial).ToList();
        if (initial.Count != 1)
        {
            problems.Add(T["Workflow '{0}': exactly one state must be initial ({1} are).", name, initial.Count]);
        }

        var known = actions.Select(a => a.Type).ToHashSet(StringComparer.Ordinal);
        foreach (var transition in definition.Transitions)
        {
            foreach (var from in transition.From.Where(f => !states.Contains(f)))
            {
                problems.Add(T["Workflow '{0}': transition '{1}' starts from the unknown state '{2}'.", name, transition.Name, from]);
            }

            if (!states.Contains(transition.To))
            {
                problems.Add(T["Workflow '{0}': transition '{1}' goes to the unknown state '{2}'.", name, transition.Name, transition.To]);
            }

            if (transition.Roles.Count == 0)
            {
                problems.Add(T["Workflow '{0}': transition '{1}' names no role allowed to take it.", name, transition.Name]);
            }

            var publishAt = transition.Actions.FindIndex(a => a.Type == "publish");
            if (publishAt >= 0 && transition.Actions.FindLastIndex(a => a.Type == "set-submission-status") > publishAt)
            {
                // Publishing already marks the waiting submission published (Entries' handler), so a
                // later status action finds nothing to update and the reviewers' comment is lost.
                problems.Add(T["Workflow '{0}': transition '{1}' must run 'set-submission-status' before 'publish', or the submitter never sees the comment.", name, transition.Name]);
            }

            CheckActions(transition.Actions, T["transition '{0}'", transition.Name]);
        }

        foreach (var state in definition.States)
        {
            foreach (var duplicate in state.Timers.GroupBy(t => t.Name).Where(g => g.Count() > 1))
            {
                problems.Add(T["Workflow '{0}': the state '{1}' declares the timer '{2}' twice.", name, state.Name, duplicate.Key]);
            }

            foreach (var timer in state.Timers)
            {
                if (string.IsNullOrWhiteSpace(timer.Name))
                {
                    problems.Add(T["Workflow '{0}': a timer of the state '{1}' has no name.", name, state.Name]);
                }

                if (timer.At is { } at)
                {
                    if (!dates.Contains(at))
                    {
                        problems.Add(T["Workflow '{0}': the timer '{1}' of the state '{2}' fires at the unknown date '{3}' (known: {4}).", name, timer.Name, state.Name, at, string.Join(", ", dates.Order())]);
                    }
                }
                else if (timer.AfterDays <= 0)
                {
                    problems.Add(T["Workflow '{0}': the timer '{1}' of the state '{2}' must fire a positive number of days after the state is entered.", name, timer.Name, state.Name]);
                }

                if (timer.Transition is { } step && !definition.Transitions.Any(t => t.Name == step && t.From.Contains(state.Name)))
                {
                    problems.Add(T["Workflow '{0}': the timer '{1}' of the state '{2}' takes the transition '{3}', which does not start from that state.", name, timer.Name, state.Name, step]);
                }

                if (timer.Transition is null && timer.Actions.Count == 0)
                {
                    problems.Add(T["Workflow '{0}': the timer '{1}' of the state '{2}' does nothing (no actions, no transition).", name, timer.Name, state.Name]);
                }

                CheckActions(timer.Actions, T["the timer '{0}' of the state '{1}'", timer.Name, state.Name]);
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
                problems.Add(T["Workflow '{0}': no transition ever reaches the state '{1}'.", name, unreachable]);
            }
        }

        return problems;

        void CheckActions(List<WorkflowActionSettings> list, string owner)
        {
            foreach (var action in list)
            {
                if (!known.Contains(action.Type))
                {
                    problems.Add(T["Workflow '{0}': {1} runs the unknown action '{2}' (known: {3}).", name, owner, action.Type, string.Join(", ", known.Order())]);
                }
                else if (actions.First(a => a.Type == action.Type).Check(action) is { } problem)
                {
                    problems.Add(T["Workflow '{0}': {1}, action '{2}': {3}", name, owner, action.Type, problem]);
                }
            }
        }
    }
}
