namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// Which content types the public term pages list and count. Empty: every tagged type. A module
/// whose type is "the" content of the repository names it (Entries adds the stocktaking entry), so a
/// call tagged with the special repositories it includes is not listed among their entries.
/// </summary>
public sealed class TermPageOptions
{
    public HashSet<string> ListedContentTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The filters a special repository's page offers over its entries, in the order shown. The
    /// module that owns the listed type names them (Entries: the repository's facets, with the search
    /// page's parameter names, so a filtered address means the same on both pages).
    /// </summary>
    public List<TermPageFacet> Facets { get; } = [];
}

/// <summary>A filter of the term page: the query parameter, the taxonomy its codes come from.</summary>
/// <param name="TopLevelOnly">Offers only the taxonomy's first level (the 17 goals, not their 169 targets).</param>
public sealed record TermPageFacet(string Parameter, string Taxonomy, bool TopLevelOnly = false);

/// <summary>A chosen filter: items carrying any of the codes in the taxonomy.</summary>
public sealed record TermPageFilter(string Taxonomy, IReadOnlyList<string> Codes);
