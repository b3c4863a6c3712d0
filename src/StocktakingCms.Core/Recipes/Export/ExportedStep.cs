using System.Text.Json;
using System.Text.Json.Nodes;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>Builds the common shape of an exported step: <c>{ "name": ..., "{property}": [ ...values as the step reads them ] }</c>.</summary>
public static class ExportedStep
{
    /// <summary>The step, or none when there is nothing to export (an empty step would only add noise).</summary>
    public static IReadOnlyList<JsonObject> ListOf<T>(string name, string property, IReadOnlyCollection<T> values) =>
        values.Count == 0
            ? []
            : [new JsonObject { ["name"] = name, [property] = JsonSerializer.SerializeToNode(values, ContentJson.Options) }];
}
