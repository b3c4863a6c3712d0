using System.Text.Json;
using System.Text.Json.Nodes;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Core.Recipes;

/// <summary>Runs one kind of recipe step (<c>features</c>, <c>content</c>, ...).</summary>
public interface IRecipeStepHandler
{
    string Name { get; }

    /// <summary>
    /// False (the default) when the executor wraps the whole step in one transaction. A step
    /// that writes in batches (content import) commits its own batches.
    /// </summary>
    bool ManagesOwnTransactions => false;

    Task ExecuteAsync(JsonObject step, RecipeContext context);
}

/// <summary>A step handler whose step JSON is read into a typed model first.</summary>
public abstract class RecipeStepHandler<TStep> : IRecipeStepHandler where TStep : class
{
    public abstract string Name { get; }

    public virtual bool ManagesOwnTransactions => false;

    public Task ExecuteAsync(JsonObject step, RecipeContext context)
    {
        TStep? model;
        try
        {
            model = step.Deserialize<TStep>(ContentJson.Options);
        }
        catch (JsonException exception)
        {
            throw new RecipeStepException($"The step's data does not have the expected shape: {exception.Message}");
        }

        return model is null
            ? throw new RecipeStepException("The step is empty.")
            : ExecuteAsync(model, context);
    }

    protected abstract Task ExecuteAsync(TStep step, RecipeContext context);
}
