using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Setup;

namespace StocktakingCms.Core.Hosting;

/// <summary>
/// The host's command line: no command runs the site; <c>recipe PATH</c> sets the site up if
/// needed, runs one recipe file, prints what it did and exits (0 on success, 1 on failure). Other
/// verbs come from modules (<see cref="ISiteCommand"/>, e.g. <c>seed-demo</c>) and run the same way:
/// on a migrated, set-up site, without the web server.
/// </summary>
public static class StocktakingCommands
{
    /// <summary>
    /// The arguments meant for ASP.NET Core configuration, without the command words. After a
    /// module's verb (<c>seed-demo --entries 10 --no-index</c>) only <c>--Key=Value</c> arguments are
    /// configuration: a flag such as <c>--no-index</c> would otherwise take the next argument as its value.
    /// </summary>
    public static string[] ConfigurationArguments(string[] args) =>
        args switch
        {
            ["recipe", _, .. var rest] => rest,
            [var verb, .. var rest] when !verb.StartsWith('-') => [.. rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))],
            _ => args,
        };

    public static async Task<int> RunStocktakingAsync(this WebApplication app, string[] args)
    {
        if (args.Length >= 1 && args[0] == "recipe")
        {
            if (args.Length < 2)
            {
                await Console.Error.WriteLineAsync("Usage: recipe PATH.recipe.json");
                return 2;
            }

            return await RunRecipeAsync(app, args[1]);
        }

        if (args.Length >= 1 && app.Services.GetServices<ISiteCommand>().FirstOrDefault(c => c.Name == args[0]) is { } command)
        {
            return await RunCommandAsync(app, command, args[1..]);
        }

        await app.RunAsync();
        return 0;
    }

    private static async Task<int> RunCommandAsync(WebApplication app, ISiteCommand command, string[] arguments)
    {
        if (!await PrepareAsync(app.Services))
        {
            return 1;
        }

        var code = await command.RunAsync(app.Services, arguments, Console.Out, CancellationToken.None);
        if (code == 2)
        {
            await Console.Error.WriteLineAsync($"Usage: {command.Name} {command.Usage}");
        }

        return code;
    }

    /// <summary>Migrates the database and runs the setup recipe if the site is new; false (reason printed) on failure.</summary>
    private static async Task<bool> PrepareAsync(IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var setup = await services.GetRequiredService<SetupService>()
            .SetUpIfNeededAsync(line => Console.WriteLine($"setup: {line}"));
        if (!setup.Succeeded)
        {
            await Console.Error.WriteLineAsync(setup.Error);
        }

        return setup.Succeeded;
    }

    private static async Task<int> RunRecipeAsync(WebApplication app, string path)
    {
        var services = app.Services;
        try
        {
            if (!await PrepareAsync(services))
            {
                return 1;
            }

            var recipe = await RecipeReader.ReadFileAsync(Path.GetFullPath(path));
            var result = await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, Console.WriteLine);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(result.Error);
                return 1;
            }

            return 0;
        }
        catch (RecipeException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
