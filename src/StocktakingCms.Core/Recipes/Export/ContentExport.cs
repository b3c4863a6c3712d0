using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>
/// The <c>content</c> step: each item that is not deleted, as the <c>content</c> step reads it. A
/// published item is exported as its published version (a pending draft would be published by the
/// import, so it is left out); an item never published, as its latest version, unpublished.
/// Types exported by a step of their own (<see cref="RecipeExportOptions"/>) are left out.
/// Items come in the order they were first created, so what an item needs (its taxonomy, the
/// item it translates) is imported before it. Read in batches; owners and dates are not exported.
/// </summary>
public sealed class ContentExport(CoreDbContext db, IOptions<RecipeExportOptions> options) : IRecipeExportSource
{
    private const int BatchSize = 500;

    public int Order => 100;

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var data = new JsonArray();
        await foreach (var item in ItemsAsync(request, await OrderAsync(request, cancellationToken), cancellationToken))
        {
            data.Add(item);
        }

        return data.Count == 0 ? [] : [new JsonObject { ["name"] = "content", ["data"] = data }];
    }

    /// <summary>The step written batch by batch, flushed after each: 15,000 entries never sit in memory as JSON.</summary>
    public async Task WriteStepsAsync(Utf8JsonWriter steps, RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var order = await OrderAsync(request, cancellationToken);
        if (order.Count == 0)
        {
            return;
        }

        steps.WriteStartObject();
        steps.WriteString("name", "content");
        steps.WriteStartArray("data");
        var written = 0;
        await foreach (var item in ItemsAsync(request, order, cancellationToken))
        {
            item.WriteTo(steps, ContentJson.Options);
            if (++written % BatchSize == 0)
            {
                await steps.FlushAsync(cancellationToken);
            }
        }

        steps.WriteEndArray();
        steps.WriteEndObject();
    }

    private IQueryable<ContentItem> Live(RecipeExportRequest request)
    {
        var types = request.ContentTypes?.ToList();
        var ownSteps = options.Value.ContentTypesWithTheirOwnStep.ToList();
        return db.ContentItems.AsNoTracking()
            .Where(i => !i.Deleted && (i.Published || i.Latest) && !ownSteps.Contains(i.ContentType))
            .Where(i => types == null || types.Contains(i.ContentType));
    }

    /// <summary>The ids of the items to export, in the order they were first created (none without content).</summary>
    private async Task<List<string>> OrderAsync(RecipeExportRequest request, CancellationToken cancellationToken) =>
        !request.IncludeContent
            ? []
            : await Live(request)
                .GroupBy(i => i.ContentItemId)
                .Select(g => new { Id = g.Key, First = g.Min(i => i.Id) })
                .OrderBy(g => g.First)
                .Select(g => g.Id)
                .ToListAsync(cancellationToken);

    private async IAsyncEnumerable<JsonObject> ItemsAsync(
        RecipeExportRequest request, List<string> order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var live = Live(request);
        foreach (var batch in order.Chunk(BatchSize))
        {
            var versions = await live.Where(i => batch.Contains(i.ContentItemId)).ToListAsync(cancellationToken);
            var chosen = versions.GroupBy(i => i.ContentItemId)
                .ToDictionary(g => g.Key, g => g.FirstOrDefault(i => i.Published) ?? g.First(i => i.Latest), StringComparer.Ordinal);
            foreach (var id in batch)
            {
                if (chosen.TryGetValue(id, out var item))
                {
                    yield return Item(item);
                }
            }
        }
    }

    private static JsonObject Item(ContentItem item) => new()
    {
        ["contentItemId"] = item.ContentItemId,
        ["contentType"] = item.ContentType,
        ["culture"] = item.Culture,
        ["localizationSet"] = item.LocalizationSet,
        ["displayText"] = item.DisplayText,
        ["published"] = item.Published,
        ["parts"] = JsonNode.Parse(item.Content.Serialize()),
    };
}
