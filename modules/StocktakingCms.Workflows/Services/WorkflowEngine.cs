using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Workflows.Actions;
using StocktakingCms.Workflows.Data;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Timers;

namespace StocktakingCms.Workflows.Services;

/// <summary>Why a transition did not happen; each maps to one answer (403, 409, 400).</summary>
public enum TransitionFailure
{
    None,
    NotFound,
    NotAllowed,
    CommentRequired,
    Conflict,
    ActionFailed,
}

public sealed record TransitionResult(TransitionFailure Failure, string? Message)
{
    public bool Succeeded => Failure == TransitionFailure.None;

    public static TransitionResult Success { get; } = new(TransitionFailure.None, null);
}

/// <summary>
/// Moves items through their workflow. A transition checks the current state, the person's role
/// and the comment, then writes the new state, the history line and runs the actions, all in one
/// transaction: a failing action leaves the item where it was. Two people acting at once on the
/// same item: the first wins, the second is told (optimistic concurrency on the instance).
/// </summary>
public sealed class WorkflowEngine(
    WorkflowsDbContext db,
    CoreDbContext core,
    WorkflowTypes types,
    IContentManager content,
    WorkflowActionRunner actions,
    TimerStore timers,
    CmsDbSession session,
    IMemoryCache cache,
    TimeProvider clock,
    IStringLocalizer<WorkflowEngine> T,
    ILogger<WorkflowEngine> logger)
{
    /// <summary>The pseudo-role of the person who submitted the item.</summary>
    public const string SubmitterRole = "Submitter";

    /// <summary>The history's name for a publication done in the editor rather than through a step.</summary>
    public const string PublishedOutside = "published-in-editor";

    /// <summary>The history's name for an item the recipe brought in, already where it stands.</summary>
    public const string ImportedByRecipe = "imported-by-recipe";

    /// <summary>True while a step runs its actions: a publication then is the step's own.</summary>
    public bool InTransition { get; private set; }

    public Task<WorkflowInstance?> FindAsync(string contentItemId, string workflowType, CancellationToken cancellationToken = default) =>
        db.Instances.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.WorkflowType == workflowType, cancellationToken);

    /// <summary>The item's instance, created in the initial state the first time.</summary>
    public async Task<WorkflowInstance> EnsureInstanceAsync(WorkflowDefinition definition, ContentItem item, string? submitterUserId, CancellationToken cancellationToken = default)
    {
        var instance = await FindAsync(item.ContentItemId, definition.Name, cancellationToken);
        if (instance is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            instance = new WorkflowInstance
            {
                ContentItemId = item.ContentItemId,
                WorkflowType = definition.Name,
                State = definition.InitialState!.Name,
                SubmitterUserId = submitterUserId,
                CreatedUtc = now,
                EnteredStateUtc = now,
            };
            db.Instances.Add(instance);
        }

        instance.Title = item.DisplayText;
        instance.Culture = item.Culture;
        return instance;
    }

    /// <summary>The transitions this person may take now, in the definition's order.</summary>
    public static IReadOnlyList<WorkflowTransition> Allowed(WorkflowDefinition definition, WorkflowInstance instance, ClaimsPrincipal user) =>
        [.. definition.Transitions.Where(t => t.From.Contains(instance.State) && MayTake(t, instance, user))];

    public async Task<TransitionResult> TransitionAsync(
        WorkflowInstance instance, string transitionName, ClaimsPrincipal user, string? comment, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        var definition = await types.FindAsync(instance.WorkflowType, cancellationToken);
        var transition = definition?.Transitions.FirstOrDefault(t => t.Name == transitionName);
        if (definition is null || transition is null)
        {
            return new(TransitionFailure.NotFound, T["This step does not exist in the workflow."]);
        }

        if (!transition.From.Contains(instance.State))
        {
            return new(TransitionFailure.NotAllowed, T["This step cannot be taken from the current state ({0}).", StateLabel(definition, instance.State)]);
        }

        if (!MayTake(transition, instance, user))
        {
            return new(TransitionFailure.NotAllowed, T["Your role does not allow this step."]);
        }

        if (transition.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            return new(TransitionFailure.CommentRequired, T["This step needs a comment saying why."]);
        }

        if (expectedVersion is { } expected && expected != instance.Version)
        {
            return new(TransitionFailure.Conflict, T["Someone else acted on this item meanwhile: it is now {0}. Reload to see the latest state.", StateLabel(definition, instance.State)]);
        }

        var item = await content.GetAsync(instance.ContentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return new(TransitionFailure.NotFound, T["The item of this workflow no longer exists."]);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var from = instance.State;
        try
        {
            // The transaction ends (and rolls back on failure) before the catch blocks run.
            await using var transaction = await session.BeginTransactionAsync(cancellationToken);
            await MoveAsync(instance, definition, transition.To, transition.Name, user, comment, item, cancellationToken);
            InTransition = true;
            await actions.RunAsync(transition.Actions, settings => new WorkflowActionContext(item, instance, transition, settings, userId, comment), cancellationToken);

            await session.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await RestoreAsync(instance);
            return new(TransitionFailure.Conflict, T["Someone else acted on this item meanwhile. Reload to see the latest state."]);
        }
        catch (WorkflowActionException exception)
        {
            logger.LogWarning("Transition {Transition} of {ContentItemId} rolled back: {Reason}", transition.Name, instance.ContentItemId, exception.Message);
            await RestoreAsync(instance);
            return new(TransitionFailure.ActionFailed, T["The step was not taken: {0}", exception.Message]);
        }
        finally
        {
            InTransition = false;
        }

        logger.LogInformation("{ContentItemId}: {From} -> {To} ({Transition}) by {User}", instance.ContentItemId, from, transition.To, transition.Name, user.Identity?.Name);
        return TransitionResult.Success;
    }

    /// <summary>
    /// An editor published a waiting item in the editor: the workflow follows (to the state its
    /// publishing step leads to) and the history says so, instead of leaving the item "in review".
    /// </summary>
    public async Task FollowPublicationAsync(ContentItem item, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        if (InTransition || await types.ForContentTypeAsync(item.ContentType, cancellationToken) is not { } definition
            || await FindAsync(item.ContentItemId, definition.Name, cancellationToken) is not { } instance
            || definition.FindState(instance.State) is not { Final: false }
            || definition.Transitions.FirstOrDefault(t => t.Actions.Any(a => a.Type == "publish")) is not { } publishing)
        {
            return;
        }

        await MoveAsync(instance, definition, publishing.To, PublishedOutside, user, comment: null, item, cancellationToken);
    }

    /// <summary>
    /// A timer takes a step itself (e.g. publish on the publication date): no role to check, no
    /// person in the history, in the timer's transaction; a failing action throws and rolls it back.
    /// </summary>
    public async Task TakeBySiteAsync(WorkflowInstance instance, WorkflowDefinition definition, WorkflowTransition transition, ContentItem item, CancellationToken cancellationToken)
    {
        await MoveAsync(instance, definition, transition.To, transition.Name, user: null, comment: null, item, cancellationToken);
        InTransition = true;
        try
        {
            await actions.RunAsync(transition.Actions, settings => new WorkflowActionContext(item, instance, transition, settings, null, null), cancellationToken);
        }
        finally
        {
            InTransition = false;
        }
    }

    /// <summary>A newly created item of a workflow that starts on creation (calls, letters) enters its initial state.</summary>
    public async Task FollowCreationAsync(ContentItem item, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        if (await types.ForContentTypeAsync(item.ContentType, cancellationToken) is { StartOnCreate: true } definition && !item.Published)
        {
            var instance = await EnsureInstanceAsync(definition, item, user?.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
            instance.IsWaiting = IsWaitingIn(definition, instance.State);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Gives an instance to the items of a workflow that starts on creation which were created
    /// before the workflow existed (the setup recipe's content step runs before its workflow-types
    /// step, so its calls and letters bypassed the start): a published item in the state its
    /// publishing step leads to, any other in the initial state, each with one history line saying
    /// the recipe imported it. Items already followed are left alone: running the recipe again adds nothing.
    /// </summary>
    /// <returns>How many items were taken in.</returns>
    public async Task<int> AdoptExistingAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        if (!definition.StartOnCreate || definition.InitialState is not { } initial)
        {
            return 0;
        }

        // Two contexts, two queries (decision 002): the items, then those already followed.
        var ids = await core.ContentItems.AsNoTracking()
            .Where(i => i.Latest && !i.Deleted && definition.ContentTypes.Contains(i.ContentType))
            .Select(i => i.ContentItemId).Distinct().ToListAsync(cancellationToken);
        var followed = await db.Instances.AsNoTracking()
            .Where(i => i.WorkflowType == definition.Name && ids.Contains(i.ContentItemId))
            .Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        var publishedState = definition.Transitions.FirstOrDefault(t => t.Actions.Any(a => a.Type == "publish"))?.To ?? initial.Name;
        var adopted = 0;
        foreach (var id in ids.Except(followed))
        {
            if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item)
            {
                continue;
            }

            var instance = await EnsureInstanceAsync(definition, item, submitterUserId: null, cancellationToken);
            instance.State = item.Published ? publishedState : initial.Name;
            instance.IsWaiting = IsWaitingIn(definition, instance.State);
            await db.SaveChangesAsync(cancellationToken);
            db.History.Add(new WorkflowHistoryEntry
            {
                InstanceId = instance.Id,
                AtUtc = instance.EnteredStateUtc,
                ToState = instance.State,
                Transition = ImportedByRecipe,
            });
            await timers.RestartAsync(instance, definition.FindState(instance.State), item, cancellationToken);
            adopted++;
        }

        await db.SaveChangesAsync(cancellationToken);
        session.AfterCommit(() => cache.Remove(AdminMenu.WaitingCountKey));
        return adopted;
    }

    /// <summary>The item's instance in whichever workflow follows it.</summary>
    public Task<WorkflowInstance?> FindAnyAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.Instances.OrderBy(i => i.Id).FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);

    public async Task<IReadOnlyList<WorkflowHistoryEntry>> HistoryAsync(long instanceId, CancellationToken cancellationToken = default) =>
        await db.History.AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id).ToListAsync(cancellationToken);

    public static string StateLabel(WorkflowDefinition definition, string state) =>
        definition.FindState(state) is { } found ? WorkflowLabels.For(found.Labels, Core.Localization.CmsCultures.CurrentName, found.Name) : state;

    /// <summary>
    /// Puts the instance in its new state, writes the history line that says how it got there,
    /// cancels the timers of the state it leaves and starts those of the state it enters.
    /// </summary>
    private async Task MoveAsync(
        WorkflowInstance instance, WorkflowDefinition definition, string to, string transition, ClaimsPrincipal? user, string? comment, ContentItem item, CancellationToken cancellationToken)
    {
        if (instance.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken); // history and timers need the instance's id
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.History.Add(new WorkflowHistoryEntry
        {
            InstanceId = instance.Id,
            AtUtc = now,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.Name,
            FromState = instance.State,
            ToState = to,
            Transition = transition,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
        instance.State = to;
        instance.IsWaiting = IsWaitingIn(definition, to);
        instance.EnteredStateUtc = now;
        instance.Version++;
        session.AfterCommit(() => cache.Remove(AdminMenu.WaitingCountKey));
        await timers.RestartAsync(instance, definition.FindState(to), item, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Someone must act: not in a final state, nor in the initial one, except in workflows items
    /// enter on creation (a new call waits for an editor's approval).
    /// </summary>
    private static bool IsWaitingIn(WorkflowDefinition definition, string state) =>
        definition.FindState(state) is { Final: false } found && (!found.Initial || definition.StartOnCreate);

    private static bool MayTake(WorkflowTransition transition, WorkflowInstance instance, ClaimsPrincipal user) =>
        transition.Roles.Any(role => role == SubmitterRole
            ? instance.SubmitterUserId is not null && instance.SubmitterUserId == user.FindFirstValue(ClaimTypes.NameIdentifier)
            : user.IsInRole(role))
        || user.IsInRole(Core.Security.CmsRoles.Administrator) && !transition.Roles.SequenceEqual([SubmitterRole]);

    /// <summary>After a rollback the tracked instance still holds the new values: read it back as stored.</summary>
    private async Task RestoreAsync(WorkflowInstance instance)
    {
        db.ChangeTracker.Clear();
        session.ClearTracking();
        var stored = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instance.Id);
        if (stored is not null)
        {
            instance.State = stored.State;
            instance.IsWaiting = stored.IsWaiting;
            instance.Version = stored.Version;
            instance.EnteredStateUtc = stored.EnteredStateUtc;
        }
    }
}
