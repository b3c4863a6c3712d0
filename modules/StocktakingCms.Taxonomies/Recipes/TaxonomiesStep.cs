using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Taxonomies.Recipes;

/// <summary>
/// <c>{ "name": "taxonomies", "files": ["data/sdgs.taxonomy.json"], "taxonomies": [ {...} ] }</c>:
/// creates or updates taxonomies by code (files are relative to the recipe). Running it twice
/// gives the same terms with the same codes; a term still used by content is never dropped.
/// </summary>
public sealed class TaxonomiesStep : RecipeStepHandler<TaxonomiesStep.Model>
{
    public const string ContentType = "Taxonomy";

    public override string Name => "taxonomies";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var services = context.Services;
        await EnsureTypeAsync(services.GetRequiredService<IContentDefinitionStore>(), context.CancellationToken);

        var taxonomies = new List<TaxonomyPart>(step.Taxonomies);
        var folder = Path.GetDirectoryName(context.Recipe.Source) ?? ".";
        foreach (var file in step.Files)
        {
            taxonomies.Add(await ReadFileAsync(Path.Combine(folder, file), context.CancellationToken));
        }

        var manager = services.GetRequiredService<IContentManager>();
        var index = services.GetRequiredService<TaxonomiesDbContext>();
        foreach (var taxonomy in taxonomies)
        {
            var id = await index.Taxonomies.Where(t => t.Code == taxonomy.Code).Select(t => t.ContentItemId).FirstOrDefaultAsync(context.CancellationToken);
            var existing = id is null ? null : await manager.GetAsync(id, VersionOptions.Latest, context.CancellationToken);
            if (existing is null)
            {
                var item = await manager.NewAsync(ContentType, context.CancellationToken);
                item.DisplayText = taxonomy.Names.For("en");
                item.Content.Set(taxonomy);
                Check(await manager.CreateAsync(item, publish: true, context.CancellationToken), taxonomy);
                context.Report($"Created taxonomy {taxonomy.Code} ({taxonomy.AllTerms().Count()} terms).");
                continue;
            }

            // Compared as JSON trees, not strings: PostgreSQL's jsonb gives object keys back in its own order.
            var same = JsonNode.DeepEquals(
                JsonSerializer.SerializeToNode(existing.Get<TaxonomyPart>(), ContentJson.Options),
                JsonSerializer.SerializeToNode(taxonomy, ContentJson.Options));
            if (same && existing.Published)
            {
                context.Report($"Taxonomy {taxonomy.Code} unchanged.");
                continue;
            }

            await RefuseDroppingUsedTermsAsync(index, existing.Get<TaxonomyPart>()!, taxonomy, context.CancellationToken);
            existing.DisplayText = taxonomy.Names.For("en");
            existing.Content.Set(taxonomy);
            Check(await manager.UpdateAsync(existing, cancellationToken: context.CancellationToken), taxonomy);
            Check(await manager.PublishAsync(existing.ContentItemId, context.CancellationToken), taxonomy);
            context.Report($"Updated taxonomy {taxonomy.Code} ({taxonomy.AllTerms().Count()} terms).");
        }
    }

    /// <summary>The Taxonomy type is the module's own; recipes need not declare it.</summary>
    private static async Task EnsureTypeAsync(IContentDefinitionStore definitions, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(ContentType, cancellationToken) is not null)
        {
            return;
        }

        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = ContentType,
            DisplayName = "Taxonomy",
            Settings = new ContentTypeSettings { Creatable = false, Listable = false, Draftable = true, Versionable = true },
            Parts = [new ContentTypePartDefinition { PartName = nameof(TaxonomyPart) }],
        }, cancellationToken);
    }

    private static async Task<TaxonomyPart> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new RecipeStepException($"The taxonomy file '{path}' does not exist.");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<TaxonomyPart>(stream, ContentJson.Options, cancellationToken)
                ?? throw new RecipeStepException($"The taxonomy file '{path}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new RecipeStepException($"The taxonomy file '{path}' is not valid JSON (line {exception.LineNumber + 1}): {exception.Message}");
        }
    }

    private static async Task RefuseDroppingUsedTermsAsync(TaxonomiesDbContext index, TaxonomyPart before, TaxonomyPart after, CancellationToken cancellationToken)
    {
        var kept = after.AllTerms().Select(t => t.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dropped = before.AllTerms().Select(t => t.Code).Where(c => !kept.Contains(c)).ToList();
        if (dropped.Count == 0)
        {
            return;
        }

        var used = await index.TermLinks
            .Where(l => l.TaxonomyCode == before.Code && dropped.Contains(l.TermCode))
            .GroupBy(l => l.TermCode)
            .Select(g => new { Code = g.Key, Items = g.Select(l => l.ContentItemId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        if (used.Count > 0)
        {
            throw new RecipeStepException(
                $"The taxonomy '{before.Code}' would lose terms that content uses: {string.Join(", ", used.Select(u => $"{u.Code} ({u.Items} items)"))}. Re-tag that content first.");
        }
    }

    private static void Check(ContentOperationResult result, TaxonomyPart taxonomy)
    {
        if (!result.Succeeded)
        {
            throw new RecipeStepException($"The taxonomy '{taxonomy.Code}' was refused: {string.Join(" ", result.AllMessages)}");
        }
    }

    public sealed class Model
    {
        public List<string> Files { get; set; } = [];

        public List<TaxonomyPart> Taxonomies { get; set; } = [];
    }
}
