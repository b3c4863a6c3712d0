using System.Globalization;

namespace StocktakingCms.Demo.Seeding;

/// <summary>What <c>seed-demo</c> writes: how many entries, from which seed, and how many stay unpublished.</summary>
/// <param name="Index">False (<c>--no-index</c>): leave the indexes as they are; the worker applies the log at the next start.</param>
public sealed record DemoSeedOptions(int Entries, int Seed = DemoSeedOptions.DefaultSeed, double UnpublishedShare = 0, bool Index = true)
{
    public const int DefaultSeed = 1;

    /// <summary>
    /// Reads <c>--entries N [--seed S] [--unpublished-share X] [--no-index]</c>; null when they are not valid.
    /// Configuration given on the same line (<c>--Stocktaking:DataPath=/srv/x</c> or
    /// <c>--Stocktaking:DataPath /srv/x</c>) is the host's and is skipped here.
    /// </summary>
    public static DemoSeedOptions? Parse(IReadOnlyList<string> arguments)
    {
        int? entries = null;
        var seed = DefaultSeed;
        var share = 0.0;
        var index = true;
        for (var i = 0; i < arguments.Count; i += 2)
        {
            if (arguments[i] == "--no-index")
            {
                index = false;
                i--;
                continue;
            }

            if (arguments[i].Contains('=', StringComparison.Ordinal))
            {
                i--;
                continue;
            }

            if (i + 1 >= arguments.Count)
            {
                return null;
            }

            var value = arguments[i + 1];
            var valid = arguments[i] switch
            {
                "--entries" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && (entries = n) > 0,
                "--seed" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                "--unpublished-share" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out share) && share is >= 0 and <= 1,
                var key => key.Contains(':', StringComparison.Ordinal),
            };
            if (!valid)
            {
                return null;
            }
        }

        return entries is { } count ? new DemoSeedOptions(count, seed, share, index) : null;
    }
}
