namespace StocktakingCms.Taxonomies.Data;

/// <summary>Index row: which content item is the taxonomy with a code.</summary>
public sealed class TaxonomyIndex
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string ContentItemId { get; set; } = "";
}
