using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content.Definitions;

namespace StocktakingCms.Core.Recipes.Steps;

/// <summary><c>{ "name": "content-definition", "contentTypes": [ ... ] }</c>: creates or replaces content types.</summary>
public sealed class ContentDefinitionStep : RecipeStepHandler<ContentDefinitionStep.Model>
{
    public override string Name => "content-definition";

    protected override async Task ExecuteAsync(Model step, RecipeContext context)
    {
        var store = context.Services.GetRequiredService<IContentDefinitionStore>();
        foreach (var type in step.ContentTypes)
        {
            var existed = await store.GetTypeAsync(type.Name, context.CancellationToken) is not null;
            if (string.IsNullOrWhiteSpace(type.DisplayName))
            {
                type.DisplayName = type.Name;
            }

            await store.SaveTypeAsync(type, context.CancellationToken);
            context.Report($"{(existed ? "Updated" : "Created")} content type {type.Name} ({string.Join(", ", type.Parts.Select(p => p.PartName))}).");
        }
    }

    public sealed class Model
    {
        public List<ContentTypeDefinition> ContentTypes { get; set; } = [];
    }
}
