namespace StocktakingCms.Core.Recipes;

/// <summary>A recipe cannot be read or one of its steps failed; the message names the recipe and the step.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Thrown by a step handler for bad step data; the executor adds the recipe and step names.</summary>
public sealed class RecipeStepException(string message) : Exception(message);
