namespace StocktakingCms.Core.Recipes;

/// <summary>What a recipe run did, line by line, and whether it got to the end.</summary>
public sealed record RecipeResult(bool Succeeded, IReadOnlyList<string> Lines, string? Error);
