using System.Diagnostics;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using Xunit.Abstractions;

namespace StocktakingCms.Tests.Hosting;

/// <summary>
/// The operator's command line: the built host run as a child process,
/// <c>dotnet StocktakingCms.Web.dll recipe PATH</c>, on a fresh data folder and database.
/// </summary>
public abstract class StocktakingCommandsTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminPassword = "Cli-Test-Password-42";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stocktaking-tests", $"cli-{Guid.NewGuid():N}");
    private TestDatabase? _database;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = await TestDatabase.CreateAsync(provider);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
    }

    [Fact]
    public async Task Should_set_the_site_up_run_the_recipe_and_exit_0_when_the_recipe_is_good()
    {
        var recipe = WriteRecipe("good.recipe.json", """
            {
              "name": "cli-good",
              "steps": [
                { "name": "roles", "roles": [ { "name": "CliProbe", "permissions": [ "EditContent" ] } ] }
              ]
            }
            """);

        var run = await RunAsync("recipe", recipe);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.StartsWith("setup: Recipe 'stocktaking' completed:", StringComparison.Ordinal));
        Assert.Contains("setup: Created the administrator 'admin' with the configured password.", run.StdoutLines);
        Assert.Contains("Created role CliProbe (1 permissions).", run.StdoutLines);
        Assert.Contains("Recipe 'cli-good' completed: 1 steps.", run.StdoutLines);
        Assert.Equal("", run.Stderr.Trim());

        // Run again: the site is set up already and the role exists.
        var again = await RunAsync("recipe", recipe);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain(again.StdoutLines, l => l.StartsWith("setup:", StringComparison.Ordinal));
        Assert.Contains("Updated role CliProbe (1 permissions).", again.StdoutLines);
    }

    [Fact]
    public async Task Should_exit_non_zero_with_the_reason_on_stderr_when_the_recipe_fails()
    {
        var broken = WriteRecipe("broken.recipe.json", """
            {
              "name": "cli-broken",
              "steps": [
                { "name": "content-definition", "contentTypes": [ { "name": "Widget", "parts": [ { "partName": "NoSuchPart" } ] } ] }
              ]
            }
            """);
        var malformed = WriteRecipe("malformed.recipe.json", "{\n  \"name\": \"cli-malformed\",\n  \"steps\": [ { \"name\": \"settings\" ]\n}\n");

        var run = await RunAsync("recipe", broken);
        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("Recipe 'cli-broken', step 1 'content-definition' failed: The type 'Widget' uses unknown parts: NoSuchPart.", run.Stderr);

        var typo = await RunAsync("recipe", malformed);
        Assert.True(typo.ExitCode != 0, typo.ToString());
        Assert.Contains($"The recipe '{malformed}' is not valid JSON (line 3,", typo.Stderr);

    }

    private string WriteRecipe(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private async Task<ProcessRun> RunAsync(params string[] arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "StocktakingCms.Web.dll");
        Assert.True(File.Exists(host), $"The built host is not beside the tests: {host}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The host's folder is its content root: its appsettings.json applies, as for an operator.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Stocktaking__DataPath"] = Path.Combine(_folder, "data");
        start.Environment["Stocktaking__Setup__AdminPassword"] = AdminPassword;
        start.Environment["Stocktaking__Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__Default"] = _database?.ConnectionString ?? "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host did not exit within {Timeout}: {string.Join(' ', arguments)}");
        }

        var run = new ProcessRun(process.ExitCode, await stdout, await stderr);
        output.WriteLine($"[{watch.Elapsed.TotalSeconds:F1} s] {string.Join(' ', arguments)}\n{run}");
        return run;
    }

    private sealed record ProcessRun(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> StdoutLines { get; } = Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }
}

public sealed class StocktakingCommandsSqliteTests(ITestOutputHelper output) : StocktakingCommandsTests(DatabaseProvider.Sqlite, output);

public sealed class StocktakingCommandsPostgresTests(ITestOutputHelper output) : StocktakingCommandsTests(DatabaseProvider.Postgres, output);
