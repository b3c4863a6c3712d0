using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Demo.Seeding;

/// <summary><c>seed-demo --entries N [--seed S] [--unpublished-share X] [--no-index]</c>: writes demo entries in bulk, indexes them (one rebuild), exits.</summary>
public sealed class SeedDemoCommand : ISiteCommand
{
    public string Name => "seed-demo";

    public string Usage => "--entries N [--seed S] [--unpublished-share 0..1] [--no-index]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (DemoSeedOptions.Parse(arguments) is not { } options)
        {
            return 2;
        }

        var result = await services.GetRequiredService<DemoSeeder>().SeedAsync(options, output.WriteLine, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Demo: {result.Created} items created, {result.Skipped} already there; writing {result.Writing.TotalSeconds:F1} s, indexing {result.Indexing.TotalSeconds:F1} s."));
        return 0;
    }
}
