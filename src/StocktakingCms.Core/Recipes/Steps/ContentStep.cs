using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "content", "data": [{ "contentItemId", "contentType", "culture", "published", "parts": {...} }] }</c>:
/// creates or updates items by id through the content manager, so handlers keep their index rows.
/// The whole list is checked before anything is written; then items are saved in batches of
/// <see cref="BatchSize"/>, one transaction each, so a large import neither holds one huge
/// transaction nor grows memory, and progress is printed. Unchanged items are left alone, so
/// running a recipe twice adds no versions.
/// </summary>
public sealed class ContentStep : RecipeStepHandler<ContentStep.Model>
{
    public const int BatchSize = 500;

    public override string Name => "content";

    public override bool ManagesOwnTransactions => true;

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var parts = context.Services.GetServices<ContentPartDescriptor>().ToDictionary(p => p.Name, StringComparer.Ordinal);
        Dictionary<string, ContentDocument> documents;
        try
        {
            documents = await CheckAsync(step.Data, parts, context);
        }
        catch (RecipeStepException exception)
        {
            throw new RecipeStepException($"{exception.Message} Nothing of this step was saved.");
        }

        int created = 0, updated = 0, unchanged = 0;
        foreach (var batch in step.Data.Chunk(BatchSize))
        {
            var savedBefore = created + updated + unchanged;
            await using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var session = scope.ServiceProvider.GetRequiredService<CmsDbSession>();
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            await using var transaction = await session.BeginTransactionAsync(context.CancellationToken);

            var ids = batch.Select(i => i.ContentItemId).ToList();
            var existing = (await db.ContentItems.AsNoTracking()
                .Where(i => ids.Contains(i.ContentItemId) && i.Latest && !i.Deleted)
                .Select(i => i.ContentItemId)
                .ToListAsync(context.CancellationToken)).ToHashSet(StringComparer.Ordinal);

            foreach (var entry in batch)
            {
                var document = documents[entry.ContentItemId];
                if (existing.Contains(entry.ContentItemId)
                    && await manager.GetAsync(entry.ContentItemId, VersionOptions.Latest, context.CancellationToken) is { } item)
                {
                    var same = JsonNode.DeepEquals(JsonNode.Parse(item.Content.Serialize()), JsonNode.Parse(document.Serialize()));
                    if (!same)
                    {
                        item.Content = document;
                        Check(await manager.UpdateAsync(item, cancellationToken: context.CancellationToken), entry, savedBefore);
                    }

                    var published = await manager.GetAsync(entry.ContentItemId, VersionOptions.Published, context.CancellationToken);
                    var needsPublish = entry.Published && (published is null || !same);
                    if (needsPublish)
                    {
                        Check(await manager.PublishAsync(entry.ContentItemId, context.CancellationToken), entry, savedBefore);
                    }

                    _ = same && !needsPublish ? unchanged++ : updated++;
                }
                else
                {
                    var fresh = await manager.NewAsync(entry.ContentType, context.CancellationToken);
                    fresh.ContentItemId = entry.ContentItemId;
                    fresh.LocalizationSet = entry.LocalizationSet ?? entry.ContentItemId;
                    fresh.Culture = entry.Culture ?? "";
                    fresh.DisplayText = entry.DisplayText ?? "";
                    fresh.Content = document;
                    Check(await manager.CreateAsync(fresh, entry.Published, context.CancellationToken), entry, savedBefore);
                    created++;
                }

                // Saved already (inside the batch's transaction): keep the tracker, and each save, small.
                session.ClearTracking();
            }

            await transaction.CommitAsync();
            if (step.Data.Count > BatchSize)
            {
                context.Report(string.Create(CultureInfo.InvariantCulture,
                    $"Content: {created + updated + unchanged} of {step.Data.Count} items saved."));
            }
        }

        context.Report(string.Create(CultureInfo.InvariantCulture,
            $"Content: {created} created, {updated} updated, {unchanged} unchanged."));
    }

    /// <summary>Checks every item before anything is written, and returns their normalised parts by id.</summary>
    private static async Task<Dictionary<string, ContentDocument>> CheckAsync(
        List<Item> items, Dictionary<string, ContentPartDescriptor> parts, RecipeContext context)
    {
        var types = context.Services.GetRequiredService<IContentDefinitionStore>();
        var documents = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} ('{item.ContentItemId}')");
            if (string.IsNullOrWhiteSpace(item.ContentItemId) || item.ContentItemId.Length > 26
                || !item.ContentItemId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                throw new RecipeStepException($"{where}: contentItemId must be 1 to 26 lowercase letters or digits.");
            }

            if (documents.ContainsKey(item.ContentItemId))
            {
                throw new RecipeStepException($"{where}: the id appears twice in the recipe.");
            }

            var type = await types.GetTypeAsync(item.ContentType, context.CancellationToken)
                ?? throw new RecipeStepException($"{where}: the content type '{item.ContentType}' is not defined.");
            foreach (var (partName, _) in item.Parts)
            {
                if (!parts.ContainsKey(partName) || !type.HasPart(partName))
                {
                    throw new RecipeStepException($"{where}: the type {type.Name} has no part '{partName}'.");
                }
            }

            documents[item.ContentItemId] = Normalize(item.Parts, parts, where);
        }

        return documents;
    }

    /// <summary>Reads each part through its C# type, so stored JSON has one canonical shape.</summary>
    private static ContentDocument Normalize(JsonObject parts, Dictionary<string, ContentPartDescriptor> descriptors, string where)
    {
        var normalized = new JsonObject();
        foreach (var (name, node) in parts)
        {
            try
            {
                var typed = node.Deserialize(descriptors[name].PartType, ContentJson.Options);
                normalized[name] = JsonSerializer.SerializeToNode(typed, descriptors[name].PartType, ContentJson.Options);
            }
            catch (JsonException exception)
            {
                throw new RecipeStepException($"{where}: the part '{name}' does not have the expected shape: {exception.Message}");
            }
        }

        return ContentDocument.FromJson(normalized);
    }

    /// <param name="savedBefore">Items committed by earlier batches: the failing batch rolls back, they stay.</param>
    private static void Check(ContentOperationResult result, Item entry, int savedBefore)
    {
        if (!result.Succeeded)
        {
            var kept = savedBefore == 0
                ? "Nothing of this step was saved."
                : string.Create(CultureInfo.InvariantCulture,
                    $"The {savedBefore} items of earlier batches were saved; running the recipe again after the fix is safe.");
            throw new RecipeStepException(
                $"The item '{entry.ContentItemId}' ({entry.ContentType}) was refused: {string.Join(" ", result.AllMessages)} {kept}");
        }
    }

    public sealed class Model
    {
        public List<Item> Data { get; set; } = [];
    }

    public sealed class Item
    {
        public string ContentItemId { get; set; } = "";

        public string ContentType { get; set; } = "";

        public string? Culture { get; set; }

        public string? LocalizationSet { get; set; }

        public string? DisplayText { get; set; }

        public bool Published { get; set; }

        public JsonObject Parts { get; set; } = [];
    }
}
