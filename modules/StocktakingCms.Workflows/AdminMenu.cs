using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Admin;
using StocktakingCms.Workflows.Data;

namespace StocktakingCms.Workflows;

/// <summary>The review queue in the admin menu, with the number of items waiting (e.g. "Review queue (12)").</summary>
public sealed class AdminMenu(WorkflowsDbContext db, IMemoryCache cache, IStringLocalizer<AdminMenu> T) : IAdminMenuProvider
{
    /// <summary>The count is cached briefly (every admin page shows it); a step evicts it on this node.</summary>
    public const string WaitingCountKey = "workflows:waiting-count";

    public IEnumerable<AdminMenuItem> GetItems()
    {
        // The menu contract is synchronous; one indexed COUNT at most every 30 seconds per node.
        var waiting = cache.GetOrCreate(WaitingCountKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return db.Instances.Count(i => i.IsWaiting);
        });
        return
        [
            new(T["Review queue ({0})", waiting], "/admin/review", Permissions.ReviewEntries.Name, Position: 6),
            new(T["Workflow types"], "/admin/workflow-types", Permissions.ManageWorkflows.Name, Position: 90),
        ];
    }
}
