using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>A taxonomy with its terms indexed by code, parent and depth, for lookups and validation.</summary>
public sealed class TaxonomyTree
{
    private readonly Dictionary<string, (TaxonomyTerm Term, TaxonomyTerm? Parent)> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public TaxonomyTree(string contentItemId, TaxonomyPart taxonomy)
    {
        ContentItemId = contentItemId;
        Taxonomy = taxonomy;
        foreach (var term in taxonomy.Terms)
        {
            Add(term, null);
        }
    }

    public string ContentItemId { get; }

    public TaxonomyPart Taxonomy { get; }

    public string Code => Taxonomy.Code;

    public TaxonomyTerm? Find(string code) => _byCode.TryGetValue(code, out var entry) ? entry.Term : null;

    public TaxonomyTerm? ParentOf(string code) => _byCode.TryGetValue(code, out var entry) ? entry.Parent : null;

    /// <summary>The term and its ancestors, root first.</summary>
    public IReadOnlyList<TaxonomyTerm> PathTo(string code)
    {
        var path = new List<TaxonomyTerm>();
        for (var term = Find(code); term is not null; term = ParentOf(term.Code))
        {
            path.Insert(0, term);
        }

        return path;
    }

    /// <summary>Codes of the term and every term below it (a term page lists its children's items too).</summary>
    public IReadOnlyList<string> SelfAndDescendantCodes(string code) =>
        Find(code) is { } term ? [.. term.SelfAndDescendants().Select(t => t.Code)] : [];

    public int Count => _byCode.Count;

    private void Add(TaxonomyTerm term, TaxonomyTerm? parent)
    {
        // Duplicate codes are refused on save; a first definition wins if stored data has one.
        _byCode.TryAdd(term.Code, (term, parent));
        foreach (var child in term.Children)
        {
            Add(child, term);
        }
    }
}
