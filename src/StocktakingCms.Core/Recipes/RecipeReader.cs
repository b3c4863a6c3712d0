using System.Text.Json;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Core.Recipes;

/// <summary>Reads recipe files, turning malformed JSON into a message with the line and position.</summary>
public static class RecipeReader
{
    public static async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException($"The recipe file '{path}' does not exist.");
        }

        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, path, cancellationToken);
    }

    public static async Task<RecipeDescriptor> ReadAsync(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        RecipeDescriptor? recipe;
        try
        {
            recipe = await JsonSerializer.DeserializeAsync<RecipeDescriptor>(stream, ContentJson.Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new RecipeException(
                $"The recipe '{source}' is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {exception.Message}",
                exception);
        }

        if (recipe is null || string.IsNullOrWhiteSpace(recipe.Name))
        {
            throw new RecipeException($"The recipe '{source}' has no \"name\".");
        }

        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            if (recipe.Steps[i]["name"]?.GetValueKind() != JsonValueKind.String)
            {
                throw new RecipeException($"Recipe '{recipe.Name}', step {i + 1}: the step has no \"name\".");
            }
        }

        recipe.Source = source;
        return recipe;
    }
}
