using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>
/// <c>export PATH [--no-content] [--types Type1,Type2]</c>: writes the site as a recipe file (see
/// <see cref="RecipeExporter"/>), which <c>recipe PATH</c> runs on another site.
/// </summary>
public sealed class ExportCommand : ISiteCommand
{
    public string Name => "export";

    public string Usage => "PATH.recipe.json [--no-content] [--types Type1,Type2]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (Parse(arguments) is not var (path, request))
        {
            return 2;
        }

        var full = Path.GetFullPath(path);
        var temporary = full + ".writing";
        await using (var scope = services.CreateAsyncScope())
        await using (var file = File.Create(temporary))
        {
            await scope.ServiceProvider.GetRequiredService<RecipeExporter>().WriteAsync(request, file, cancellationToken);
        }

        // Moved into place once complete: an interrupted export never leaves a truncated recipe under the name asked for.
        File.Move(temporary, full, overwrite: true);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"export: wrote {full} ({new FileInfo(full).Length:N0} bytes)."));
        return 0;
    }

    private static (string Path, RecipeExportRequest Request)? Parse(IReadOnlyList<string> arguments)
    {
        string? path = null;
        var includeContent = true;
        HashSet<string>? types = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--no-content":
                    includeContent = false;
                    break;
                case "--types" when i + 1 < arguments.Count:
                    types = [.. arguments[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case var value when path is null && !value.StartsWith("--", StringComparison.Ordinal):
                    path = value;
                    break;
                default:
                    return null;
            }
        }

        return path is null ? null : (path, new RecipeExportRequest(includeContent, types));
    }
}
