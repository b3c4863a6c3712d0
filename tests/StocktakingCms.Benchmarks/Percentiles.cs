namespace StocktakingCms.Benchmarks;

/// <summary>Latency percentiles of a series of timings, in milliseconds (nearest-rank).</summary>
public sealed record Percentiles(double P50, double P95, double P99, double Max, double Mean)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Average());
    }
}
