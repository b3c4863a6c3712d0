using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Contents.Services;

/// <summary>Filters of the admin content list.</summary>
public sealed class ContentListFilter
{
    public string? Type { get; set; }

    public string? Text { get; set; }

    /// <summary>"draft" (has unpublished changes), "published", or empty for all.</summary>
    public string? Status { get; set; }

    public string? Culture { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record ContentListPage(IReadOnlyList<ContentItem> Items, int Total, int Page, int PageSize);

/// <summary>The admin list: latest versions, filtered on indexed columns, newest change first, paged.</summary>
public sealed class ContentAdminQuery(CoreDbContext db)
{
    public async Task<ContentListPage> ListAsync(ContentListFilter filter, IReadOnlyCollection<string> listableTypes, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.ContentItems.AsNoTracking().Where(i => i.Latest && !i.Deleted && listableTypes.Contains(i.ContentType));
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            query = query.Where(i => i.ContentType == filter.Type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Culture))
        {
            query = query.Where(i => i.Culture == filter.Culture);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Case-insensitive on both providers: EF Core turns ToLower() into SQL lower().
#pragma warning disable CA1304, CA1311, CA1862
            var text = filter.Text.Trim().ToLower();
            query = query.Where(i => i.DisplayText.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        query = filter.Status switch
        {
            "draft" => query.Where(i => !i.Published),
            "published" => query.Where(i => i.Published),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await query.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ContentListPage(items, total, page, pageSize);
    }
}
