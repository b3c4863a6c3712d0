using Microsoft.Extensions.Localization;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// The six languages named in the reader's language, for sentences ("shown in English" is
/// «affichée en anglais» in French). The language bar uses native names instead (CmsCultures).
/// </summary>
public sealed class LanguageNames(IStringLocalizer<LanguageNames> T)
{
    public string For(string culture) => CmsCultures.Find(culture)?.Name switch
    {
        "ar" => T["Arabic"],
        "zh" => T["Chinese"],
        "en" => T["English"],
        "fr" => T["French"],
        "ru" => T["Russian"],
        "es" => T["Spanish"],
        _ => culture,
    };
}
