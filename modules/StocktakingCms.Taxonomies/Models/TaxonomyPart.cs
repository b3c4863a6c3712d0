using StocktakingCms.Core.Content;

namespace StocktakingCms.Taxonomies.Models;

/// <summary>The part that makes a content item a taxonomy: its code, its names and its tree of terms.</summary>
public sealed class TaxonomyPart : ContentPart
{
    public string Code { get; set; } = "";

    public LocalizedText Names { get; set; } = [];

    /// <summary>Where the data came from and under which licence (shown to editors).</summary>
    public string? Source { get; set; }

    public List<TaxonomyTerm> Terms { get; set; } = [];

    public IEnumerable<TaxonomyTerm> AllTerms() => Terms.SelectMany(t => t.SelfAndDescendants());
}
