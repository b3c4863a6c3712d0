using Microsoft.EntityFrameworkCore;
using StocktakingCms.Workflows.Data;

namespace StocktakingCms.Workflows.Services;

public sealed record QueueRow(string ContentItemId, string Title, string Culture, string State, DateTime EnteredStateUtc, string? AssigneeUserId);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> CountByState)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Items waiting for a decision, the oldest first, with the count per state.</summary>
public sealed class ReviewQueue(WorkflowsDbContext db)
{
    public const int PageSize = 50;

    public async Task<QueuePage> ListAsync(string? state, int page, CancellationToken cancellationToken)
    {
        var waiting = db.Instances.AsNoTracking().Where(i => i.IsWaiting);
        var counts = await waiting.GroupBy(i => i.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (!string.IsNullOrEmpty(state))
        {
            waiting = waiting.Where(i => i.State == state);
        }

        var total = await waiting.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await waiting.OrderBy(i => i.EnteredStateUtc).ThenBy(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new QueueRow(i.ContentItemId, i.Title, i.Culture, i.State, i.EnteredStateUtc, i.AssigneeUserId))
            .ToListAsync(cancellationToken);
        return new QueuePage(rows, total, page, PageSize, counts);
    }
}
