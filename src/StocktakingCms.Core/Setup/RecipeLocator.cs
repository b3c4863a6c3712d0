using Microsoft.Extensions.Hosting;

namespace StocktakingCms.Core.Setup;

/// <summary>
/// Finds named recipes: <c>recipes/{name}.recipe.json</c> under the content root, else beside the
/// application (the build copies the repository's <c>recipes/</c> folder there).
/// </summary>
public sealed class RecipeLocator(IHostEnvironment environment)
{
    public string? Find(string name)
    {
        var fileName = $"{name}.recipe.json";
        return new[]
            {
                Path.Combine(environment.ContentRootPath, "recipes", fileName),
                Path.Combine(AppContext.BaseDirectory, "recipes", fileName),
            }
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The folder recipes are loaded from, for files that recipes reference (reference data).</summary>
    public string? Folder(string name) => Find(name) is { } path ? Path.GetDirectoryName(path) : null;
}
