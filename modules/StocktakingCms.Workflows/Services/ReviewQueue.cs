using Microsoft.EntityFrameworkCore;
using StocktakingCms.Workflows.Data;

namespace StocktakingCms.Workflows.Services;

/// <param name="NewReply">The submitter wrote last in the item's conversation: a reviewer should answer (nobody was mailed when the item had no assignee).</param>
public sealed record QueueRow(string ContentItemId, string WorkflowType, string Title, string Culture, string State, DateTime EnteredStateUtc, string? AssigneeUserId, bool NewReply);

/// <summary>
/// The queue's filters; empty values do not filter. Term filters hold the chosen term and the
/// terms below it (an action line and its sub-lines), matched on the item's latest version.
/// </summary>
public sealed record QueueFilter(string? State, string? Culture, string? Assignee)
{
    public IReadOnlyList<string> ActionLines { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Editions { get; init; } = [];
}

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> CountByState)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>How review goes: the oldest waiting item and the median time an entry spends in review (last 90 days).</summary>
public sealed record ReviewFigures(DateTime? OldestWaitingUtc, TimeSpan? MedianTimeInReview, int ReviewsCounted);

/// <summary>Items waiting for a decision, the oldest first, with the count per state.</summary>
public sealed class ReviewQueue(WorkflowsDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Who looks after an item, as the queue filters it: one person, nobody yet, or anybody.</summary>
    public const string Unassigned = "none";

    public async Task<QueuePage> ListAsync(QueueFilter filter, int page, CancellationToken cancellationToken)
    {
        var waiting = db.Instances.AsNoTracking().Where(i => i.IsWaiting);
        var counts = await waiting.GroupBy(i => i.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (!string.IsNullOrEmpty(filter.State))
        {
            waiting = waiting.Where(i => i.State == filter.State);
        }

        if (!string.IsNullOrEmpty(filter.Culture))
        {
            waiting = waiting.Where(i => i.Culture == filter.Culture);
        }

        if (filter.Assignee == Unassigned)
        {
            waiting = waiting.Where(i => i.AssigneeUserId == null);
        }
        else if (!string.IsNullOrEmpty(filter.Assignee))
        {
            waiting = waiting.Where(i => i.AssigneeUserId == filter.Assignee);
        }

        waiting = WithTerm(waiting, "action-lines", filter.ActionLines);
        waiting = WithTerm(waiting, "countries", filter.Countries);
        waiting = WithTerm(waiting, "report-editions", filter.Editions);
        var total = await waiting.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await waiting.OrderBy(i => i.EnteredStateUtc).ThenBy(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new { i.Id, Row = new QueueRow(i.ContentItemId, i.WorkflowType, i.Title, i.Culture, i.State, i.EnteredStateUtc, i.AssigneeUserId, false) })
            .ToListAsync(cancellationToken);
        var replied = await NewRepliesAsync([.. rows.Select(r => r.Id)], cancellationToken);
        return new QueuePage([.. rows.Select(r => r.Row with { NewReply = replied.Contains(r.Id) })], total, page, PageSize, counts);
    }

    /// <summary>
    /// The instances, among one page's, whose conversation the submitter wrote last. A second
    /// query rather than a column of the first: SQLite computes a select's subqueries for every
    /// waiting row before sorting them (measured: 27 → 67 ms for 10,000 waiting items).
    /// </summary>
    private async Task<HashSet<long>> NewRepliesAsync(List<long> instanceIds, CancellationToken cancellationToken) =>
        [.. await db.Comments.AsNoTracking()
            .Where(c => instanceIds.Contains(c.InstanceId) && c.Side == CommentSide.Submitter
                && !db.Comments.Any(later => later.InstanceId == c.InstanceId && later.Id > c.Id))
            .Select(c => c.InstanceId)
            .ToListAsync(cancellationToken)];

    /// <summary>Waiting items whose latest version carries one of the terms: an <c>IN (subquery)</c> on the indexed links, as the entry list does.</summary>
    private IQueryable<WorkflowInstance> WithTerm(IQueryable<WorkflowInstance> query, string taxonomy, IReadOnlyList<string> codes)
    {
        if (codes.Count == 0)
        {
            return query;
        }

        var tagged = db.TermLinks.Where(l => !l.Published && l.TaxonomyCode == taxonomy && codes.Contains(l.TermCode)).Select(l => l.ContentItemId);
        return query.Where(i => tagged.Contains(i.ContentItemId));
    }

    /// <summary>The review state is the one the "take" steps lead to: time from entering it to leaving it.</summary>
    public async Task<ReviewFigures> FiguresAsync(CancellationToken cancellationToken, string reviewState = "in-review")
    {
        var oldest = await db.Instances.AsNoTracking().Where(i => i.IsWaiting)
            .OrderBy(i => i.EnteredStateUtc).Select(i => (DateTime?)i.EnteredStateUtc).FirstOrDefaultAsync(cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-90);
        var steps = await db.History.AsNoTracking()
            .Where(h => h.AtUtc >= since && (h.ToState == reviewState || h.FromState == reviewState))
            .OrderBy(h => h.InstanceId).ThenBy(h => h.Id)
            .Select(h => new { h.InstanceId, h.AtUtc, h.ToState })
            .ToListAsync(cancellationToken);
        var durations = new List<TimeSpan>();
        foreach (var item in steps.GroupBy(s => s.InstanceId))
        {
            DateTime? entered = null;
            foreach (var step in item)
            {
                if (step.ToState == reviewState)
                {
                    entered = step.AtUtc;
                }
                else if (entered is { } start)
                {
                    durations.Add(step.AtUtc - start);
                    entered = null;
                }
            }
        }

        durations.Sort();
        TimeSpan? median = durations.Count == 0 ? null : durations[durations.Count / 2];
        return new ReviewFigures(oldest, median, durations.Count);
    }
}
