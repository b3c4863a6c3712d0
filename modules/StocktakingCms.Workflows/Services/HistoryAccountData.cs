using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Security;
using StocktakingCms.Workflows.Comments;
using StocktakingCms.Workflows.Data;

namespace StocktakingCms.Workflows.Services;

/// <summary>
/// The workflow steps a person took (submitting, reviewing...): listed in "download my data". When
/// the account is deleted the steps stay in the items' history, which must remain complete, but
/// no longer name or point to the person (shown as "Deleted account"); items they were assigned
/// to or had submitted keep going without them.
/// </summary>
public sealed class HistoryAccountData(WorkflowsDbContext db) : IAccountDataContributor
{
    public string Section => "review-steps";

    public async Task<object?> ExportAsync(CmsUser user, CancellationToken cancellationToken) =>
        await db.History.AsNoTracking()
            .Where(h => h.UserId == user.Id)
            .OrderBy(h => h.Id)
            .Join(db.Instances, h => h.InstanceId, i => i.Id, (h, i) => new { i.ContentItemId, Item = i.Title, h.Transition, h.FromState, h.ToState, h.AtUtc, h.Comment })
            .ToListAsync(cancellationToken);

    public async Task EraseAsync(CmsUser user, CancellationToken cancellationToken)
    {
        await db.History.Where(h => h.UserId == user.Id)
            .ExecuteUpdateAsync(history => history.SetProperty(h => h.UserId, CommentsAccountData.DeletedAuthor).SetProperty(h => h.UserName, ""), cancellationToken);
        await db.Instances.Where(i => i.AssigneeUserId == user.Id)
            .ExecuteUpdateAsync(instances => instances.SetProperty(i => i.AssigneeUserId, (string?)null), cancellationToken);
        await db.Instances.Where(i => i.SubmitterUserId == user.Id)
            .ExecuteUpdateAsync(instances => instances.SetProperty(i => i.SubmitterUserId, (string?)null), cancellationToken);
    }
}
