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
        if (!request.IncludeContent)
        {
            return [];
        }

        var types = request.ContentTypes?.ToList();
        var ownSteps = options.Value.ContentTypesWithTheirOwnStep.ToList();
        var live = db.ContentItems.AsNoTracking()
            .Where(i => !i.Deleted && (i.Published || i.Latest) && !ownSteps.Contains(i.ContentType))
            .Where(i => types == null || types.Contains(i.ContentType));
        var order = await live
            .GroupBy(i => i.ContentItemId)
            .Select(g => new { Id = g.Key, First = g.Min(i => i.Id) })
            .OrderBy(g => g.First)
            .Select(g => g.Id)
            .ToListAsync(cancellationToken);

        var data = new JsonArray();
        foreach (var batch in order.Chunk(BatchSize))
        {
            var versions = await live.Where(i => batch.Contains(i.ContentItemId)).ToListAsync(cancellationToken);
            var chosen = versions.GroupBy(i => i.ContentItemId)
                .ToDictionary(g => g.Key, g => g.FirstOrDefault(i => i.Published) ?? g.First(i => i.Latest), StringComparer.Ordinal);
            foreach (var id in batch)
            {
                if (chosen.TryGetValue(id, out var item))
                {
                    data.Add(Item(item));
                }
            }
        }

        return data.Count == 0 ? [] : [new JsonObject { ["name"] = "content", ["data"] = data }];
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
