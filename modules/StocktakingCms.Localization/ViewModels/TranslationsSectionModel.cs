using StocktakingCms.Core.Content;
using StocktakingCms.Localization.Services;

namespace StocktakingCms.Localization.ViewModels;

/// <summary>The item being edited and its localization set, one link per culture.</summary>
public sealed record TranslationsSectionModel(ContentItem Item, IReadOnlyList<TranslationLink> Translations)
{
    public IEnumerable<TranslationLink> Missing => Translations.Where(t => !t.Exists);
}
