using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Core.Data;

/// <summary>Reads and writes small typed documents (one per class) in <see cref="SiteDocument"/> rows.</summary>
public sealed class SiteDocuments(CoreDbContext db, TimeProvider clock)
{
    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : new()
    {
        var record = await db.SiteDocuments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Key == typeof(T).Name, cancellationToken);
        return record is null ? new T() : JsonSerializer.Deserialize<T>(record.Json, ContentJson.Options) ?? new T();
    }

    /// <summary>Stages the document; it is written with the caller's next save.</summary>
    public async Task SetAsync<T>(T document, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(document, ContentJson.Options);
        var record = await db.SiteDocuments.FirstOrDefaultAsync(d => d.Key == typeof(T).Name, cancellationToken);
        if (record is null)
        {
            db.SiteDocuments.Add(record = new SiteDocument { Key = typeof(T).Name });
        }

        record.Json = json;
        record.Version++;
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
    }
}
