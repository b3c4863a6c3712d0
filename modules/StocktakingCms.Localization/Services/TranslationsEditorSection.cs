using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Localization.ViewModels;

namespace StocktakingCms.Localization.Services;

/// <summary>The editor's Translations block: the item's translations (links), the missing cultures and the translate form.</summary>
public sealed class TranslationsEditorSection(Translator translator, TranslationQuery translations) : IContentEditorSection
{
    public async Task<EditorSectionShape?> BuildAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        if (!await translator.CanTranslateAsync(item, cancellationToken))
        {
            return null;
        }

        var links = await translations.ListAsync(item.LocalizationSet, cancellationToken);
        return new EditorSectionShape(
            "/Areas/StocktakingCms.Localization/Views/Shared/TranslationsSection.cshtml",
            new TranslationsSectionModel(item, links),
            Position: 10);
    }
}
