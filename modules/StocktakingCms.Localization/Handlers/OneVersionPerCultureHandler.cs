using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Localization.Handlers;

/// <summary>
/// A localization set holds at most one item per culture: the language bar, hreflang links and
/// the sitemap name one address per language. Refuses an item whose culture another item of its
/// set already has (a second translation into a language, or an editor switching a
/// translation's language to one that exists).
/// </summary>
public sealed class OneVersionPerCultureHandler(CoreDbContext db, LanguageNames languages, IStringLocalizer<OneVersionPerCultureHandler> T) : ContentHandler
{
    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        if (string.IsNullOrEmpty(item.Culture) || string.IsNullOrEmpty(item.LocalizationSet))
        {
            return;
        }

        var taken = await db.ContentItems.AsNoTracking().AnyAsync(i =>
            i.LocalizationSet == item.LocalizationSet && i.Culture == item.Culture && i.ContentItemId != item.ContentItemId && i.Latest && !i.Deleted);
        if (taken)
        {
            // Not tied to a field: the editor shows it above the form.
            context.AddError("", T["This item already has a version in {0}: change that one, or choose another language.", languages.For(item.Culture)]);
        }
    }
}
