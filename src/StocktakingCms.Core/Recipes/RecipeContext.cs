namespace StocktakingCms.Core.Recipes;

/// <summary>What a step sees while it runs: its services, and a log of what it created or updated.</summary>
public sealed class RecipeContext(IServiceProvider services, RecipeDescriptor recipe, Action<string> report, CancellationToken cancellationToken)
{
    public IServiceProvider Services { get; } = services;

    public RecipeDescriptor Recipe { get; } = recipe;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Tells the operator what happened ("created content type Page").</summary>
    public void Report(string message) => report(message);
}
