namespace StocktakingCms.Core.Data;

/// <summary>
/// A small typed document kept whole (site settings, module switches, setup state): one row
/// per document type, with optimistic concurrency.
/// </summary>
public sealed class SiteDocument
{
    public string Key { get; set; } = "";

    public string Json { get; set; } = "";

    public long Version { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
