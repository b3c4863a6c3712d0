namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// Which content types the public term pages list and count. Empty: every tagged type. A module
/// whose type is "the" content of the repository names it (Entries adds the stocktaking entry), so a
/// call tagged with the special repositories it includes is not listed among their entries.
/// </summary>
public sealed class TermPageOptions
{
    public HashSet<string> ListedContentTypes { get; } = new(StringComparer.Ordinal);
}
