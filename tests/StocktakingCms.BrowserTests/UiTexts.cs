using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Localization;
using StocktakingCms.Testing;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// The site's interface texts in one culture, as its PO catalogs translate them, so that a test
/// finds a field or a button by what a reader of that language sees ("كلمة المرور" for
/// "Password"). A text with no translation fails the test at once: a page showing English where
/// Arabic is due must not pass unnoticed.
/// </summary>
public sealed class UiTexts(CmsSiteFactory site, string culture)
{
    private readonly PoCatalog _catalog = site.Services.GetRequiredService<PoCatalogStore>().GetCatalog(culture);

    public string Culture { get; } = culture;

    /// <summary>The translation of an English msgid (English itself when the culture is English).</summary>
    public string this[string english] =>
        _catalog.GetTranslation(english) is { Length: > 0 } translation
            ? translation
            : Culture == "en"
                ? english
                : throw new InvalidOperationException($"No {Culture} translation of \"{english}\" in the site's PO catalogs.");

    /// <summary>A translated text with its {0} placeholders filled in, as the page formats it.</summary>
    public string Format(string english, params object[] arguments) =>
        string.Format(CultureInfo.GetCultureInfo(Culture), this[english], arguments);
}
