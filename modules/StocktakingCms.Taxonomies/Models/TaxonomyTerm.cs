namespace StocktakingCms.Taxonomies.Models;

/// <summary>
/// One term of a taxonomy tree. <see cref="Code"/> is stable and is what content, URLs, exports
/// and search use; names are shown, never stored on content.
/// </summary>
public sealed class TaxonomyTerm
{
    public string Code { get; set; } = "";

    public LocalizedText Names { get; set; } = [];

    public LocalizedText Descriptions { get; set; } = [];

    /// <summary>Cultures whose name is a provisional translation awaiting an editor's confirmation.</summary>
    public List<string> Provisional { get; set; } = [];

    /// <summary>Extra facts (an M49 code, a launch year).</summary>
    public Dictionary<string, string> Attributes { get; set; } = [];

    public List<TaxonomyTerm> Children { get; set; } = [];

    public IEnumerable<TaxonomyTerm> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
