using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Localization.ViewModels;

/// <summary>The translate page: the source item and the cultures it can still be translated into.</summary>
public sealed record TranslateViewModel(ContentItem Source, IReadOnlyList<CmsCulture> Missing);

/// <summary>A translate request refused because the translation is already there.</summary>
public sealed record TranslationExistsViewModel(ContentItem Source, CmsCulture Culture, string TranslationId);
