namespace StocktakingCms.Core.Hosting;

/// <summary>
/// A command-line verb a module adds to the host (<c>dotnet run -- NAME ARGS</c>): it runs on a
/// migrated, set-up site without the web server or background services, then the process exits
/// with the code it returns. Registered as a singleton <see cref="ISiteCommand"/>.
/// </summary>
public interface ISiteCommand
{
    /// <summary>The verb, the first argument (<c>seed-demo</c>).</summary>
    string Name { get; }

    /// <summary>One line printed when the arguments are wrong.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the verb; returns 0 on success, 2 for bad arguments, 1 for a failure.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
