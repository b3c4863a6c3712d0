using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Security;
using StocktakingCms.Workflows.Data;

namespace StocktakingCms.Workflows.Comments;

/// <summary>
/// The comments a person wrote in review conversations: listed in "download my data". When the
/// account is deleted the comments stay in their conversation (the other side answered them) but
/// no longer name or point to the person: the one change ever made to a written comment.
/// </summary>
public sealed class CommentsAccountData(WorkflowsDbContext db) : IAccountDataContributor
{
    /// <summary>The author id of a deleted person's comments.</summary>
    public const string DeletedAuthor = "deleted-account";

    public string Section => "review-comments";

    public async Task<object?> ExportAsync(CmsUser user, CancellationToken cancellationToken) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.UserId == user.Id)
            .OrderBy(c => c.Id)
            .Join(db.Instances, c => c.InstanceId, i => i.Id, (c, i) => new { i.ContentItemId, Item = i.Title, c.Side, c.AtUtc, c.Text })
            .ToListAsync(cancellationToken);

    public async Task EraseAsync(CmsUser user, CancellationToken cancellationToken) =>
        await db.Comments.Where(c => c.UserId == user.Id)
            .ExecuteUpdateAsync(comments => comments.SetProperty(c => c.UserId, DeletedAuthor).SetProperty(c => c.UserName, ""), cancellationToken);
}
