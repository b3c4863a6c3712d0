namespace StocktakingCms.Core.Recipes.Export;

/// <summary>
/// Content types whose items a module exports through its own step rather than the <c>content</c>
/// step: items that the target site identifies by something else than their id (a taxonomy by its
/// code, since every site made its taxonomies with ids of its own).
/// </summary>
public sealed class RecipeExportOptions
{
    public HashSet<string> ContentTypesWithTheirOwnStep { get; } = new(StringComparer.Ordinal);
}
