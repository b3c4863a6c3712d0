using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Core.Content.Definitions;

/// <inheritdoc cref="IContentDefinitionStore"/>
public sealed class ContentDefinitionStore(
    CoreDbContext db,
    CmsDbSession session,
    IEnumerable<ContentPartDescriptor> parts,
    IMemoryCache cache,
    TimeProvider clock) : IContentDefinitionStore
{
    private const string CacheKey = "ContentDefinitions";

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(name);

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default) =>
        [.. (await LoadAsync(cancellationToken)).Values.OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];

    public async Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken = default)
    {
        var known = parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = definition.Parts.Select(p => p.PartName).Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new ContentDefinitionException(
                $"The type '{definition.Name}' uses unknown parts: {string.Join(", ", unknown)}. Known parts: {string.Join(", ", known.Order())}.");
        }

        if (string.IsNullOrWhiteSpace(definition.Name) || !definition.Name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ContentDefinitionException($"'{definition.Name}' is not a valid type name: use letters and digits only.");
        }

        var json = JsonSerializer.Serialize(definition, ContentJson.Options);
        var record = await db.ContentDefinitions.FindAsync([definition.Name], cancellationToken);
        if (record is null)
        {
            db.ContentDefinitions.Add(new ContentDefinitionRecord { Name = definition.Name, Json = json, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            record.Json = json;
            record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);

        // Evicted again once committed: a request between the save and the commit may have cached the old state.
        session.AfterCommit(() => cache.Remove(CacheKey));
    }

    private async Task<Dictionary<string, ContentTypeDefinition>> LoadAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out Dictionary<string, ContentTypeDefinition>? cached) && cached is not null)
        {
            return cached;
        }

        var records = await db.ContentDefinitions.AsNoTracking().ToListAsync(cancellationToken);
        var loaded = records.ToDictionary(
            r => r.Name,
            r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Json, ContentJson.Options)!,
            StringComparer.OrdinalIgnoreCase);
        // Short expiry: another node may change definitions; a local save evicts at once. What is
        // read inside a transaction may still be rolled back (a failed recipe step): not cached.
        if (db.Database.CurrentTransaction is null)
        {
            cache.Set(CacheKey, loaded, TimeSpan.FromSeconds(30));
        }

        return loaded;
    }
}

/// <summary>A content type definition cannot be saved as given; the message says why.</summary>
public sealed class ContentDefinitionException(string message) : Exception(message);
