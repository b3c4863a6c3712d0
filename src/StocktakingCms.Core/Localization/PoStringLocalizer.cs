using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// Translates from the PO catalog of <see cref="CultureInfo.CurrentUICulture"/> (read on each call,
/// since the request culture changes per request while localizers are shared). Untranslated text
/// comes back as the msgid with <see cref="LocalizedString.ResourceNotFound"/> set.
/// </summary>
/// <param name="context">The msgctxt tried first (a type's full name or a view's base name);
/// context-free translations are the fallback.</param>
public sealed class PoStringLocalizer(PoCatalogStore store, string? context) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var translation = Catalog.GetTranslation(name, context);
            return new LocalizedString(name, translation ?? name, translation is null, context);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            if (arguments is [PluralArgument plural])
            {
                return GetPlural(name, plural);
            }

            var found = this[name];
            return new LocalizedString(name, Format(found.Value, name, arguments), found.ResourceNotFound, context);
        }
    }

    private PoCatalog Catalog => store.GetCatalog(CultureInfo.CurrentUICulture.Name);

    /// <remarks>Catalogs already merge parent cultures (fr-CH with fr), so the flag changes nothing.</remarks>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Catalog.Entries
            .Where(e => e.Context is null || e.Context == context)
            .Select(e => new LocalizedString(e.Id, e.Translations[0], resourceNotFound: false, context));

    private LocalizedString GetPlural(string singular, PluralArgument plural)
    {
        var translation = Catalog.GetPluralTranslation(singular, plural.Count, context);

        // msgids are English, so untranslated text follows the English rule.
        var english = PluralRules.GetIndex("en", plural.Count) == 0 ? singular : plural.PluralId;

        // With no explicit arguments the count is {0}: T.Plural(n, "{0} page", "{0} pages").
        object[] arguments = plural.Arguments.Length == 0 ? [plural.Count] : plural.Arguments;
        return new LocalizedString(singular, Format(translation ?? english, english, arguments), translation is null, context);
    }

    private static string Format(string text, string fallback, object[] arguments)
    {
        try
        {
            return string.Format(CultureInfo.CurrentCulture, text, arguments);
        }
        catch (FormatException) when (!ReferenceEquals(text, fallback))
        {
            // A translator's broken placeholder must not break the page: show the source text.
            return string.Format(CultureInfo.CurrentCulture, fallback, arguments);
        }
    }
}
