using System.Text.Json.Nodes;

namespace StocktakingCms.Core.Recipes;

/// <summary>A recipe file: metadata and an ordered list of steps, each a JSON object with a <c>name</c>.</summary>
public sealed class RecipeDescriptor
{
    public string Name { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public List<JsonObject> Steps { get; set; } = [];

    /// <summary>Where the recipe was read from, for messages.</summary>
    public string Source { get; set; } = "";
}
