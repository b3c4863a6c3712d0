using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Taxonomies.Handlers;

/// <summary>
/// Checks every taxonomy field against its settings (known codes of the right taxonomy, leaves
/// only, required, minimum and maximum) with a message on the field, and keeps the
/// <see cref="TermLink"/> rows of the latest and the published version in the item's transaction.
/// </summary>
public sealed class TermsPartHandler(
    TermLinkIndexer indexer,
    CoreDbContext content,
    TaxonomyStore taxonomies,
    IContentDefinitionStore definitions,
    IStringLocalizer<TermsPartHandler> T) : ContentHandler
{
    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        if (item.Get<TermsPart>() is not { } part)
        {
            return;
        }

        var fields = await indexer.FieldsAsync(item);
        foreach (var unknown in part.Fields.Keys.Where(name => fields.All(f => f.Name != name)))
        {
            context.AddError($"TermsPart.{unknown}", T["The field \"{0}\" does not exist on this type.", unknown]);
        }

        foreach (var field in fields)
        {
            var key = $"TermsPart.{field.Name}";
            var codes = part.Get(field.Name);
            var tree = await taxonomies.GetAsync(field.Taxonomy);
            if (tree is null)
            {
                context.AddError(key, T["The taxonomy \"{0}\" of this field does not exist.", field.Taxonomy]);
                continue;
            }

            foreach (var code in codes)
            {
                var term = tree.Find(code);
                if (term is null)
                {
                    context.AddError(key, T["\"{0}\" is not a term of this list.", code]);
                }
                else if (field.LeavesOnly && term.Children.Count > 0)
                {
                    context.AddError(key, T["Choose a more precise term than \"{0}\".", term.Names.For(CmsCultures.CurrentName)]);
                }
                else if (field.TopLevelOnly && tree.ParentOf(term.Code) is not null)
                {
                    context.AddError(key, T["\"{0}\" cannot be chosen here: choose a top-level term.", term.Names.For(CmsCultures.CurrentName)]);
                }
            }

            var minimum = Math.Max(field.Required ? 1 : 0, field.Minimum ?? 0);
            var maximum = field.Multiple ? field.Maximum : 1;
            // The field's name leads the message: in a list of problems at the top of a form, a bare
            // "choose at least one" does not say which list it is about (WCAG 3.3.1).
            var label = field.Labels.Has(CmsCultures.CurrentName) ? field.Labels.For(CmsCultures.CurrentName) : field.Name;
            if (codes.Count < minimum)
            {
                context.AddError(key, minimum == 1 ? T["{0}: choose at least one.", label] : T["{0}: choose at least {1}.", label, minimum]);
            }

            if (maximum is { } max && codes.Count > max)
            {
                context.AddError(key, max == 1 ? T["{0}: choose only one.", label] : T["{0}: choose at most {1}.", label, max]);
            }
        }
    }

    /// <summary>
    /// Stores each code as its taxonomy spells it ("c7-e-health" becomes "C7-e-health"): term
    /// links, filters and term pages compare codes exactly. Unknown codes are left for validation.
    /// </summary>
    public override async Task UpdatingAsync(ContentContext context)
    {
        if (context.ContentItem.Get<TermsPart>() is not { } part)
        {
            return;
        }

        foreach (var field in await indexer.FieldsAsync(context.ContentItem))
        {
            if (part.Fields.ContainsKey(field.Name) && await taxonomies.GetAsync(field.Taxonomy) is { } tree)
            {
                part.Set(field.Name, part.Get(field.Name).Select(code => tree.Find(code)?.Code ?? code));
            }
        }
    }

    public override async Task UpdatedAsync(ContentContext context)
    {
        await indexer.IndexAsync(context.ContentItem, published: false);
        await ShareWithTranslationsAsync(context.ContentItem);
    }

    /// <summary>
    /// Classification belongs to the entry, not to one language: the terms just saved are written
    /// into the latest version of every translation (and its term links) in the same transaction.
    /// A translator who has that translation open gets a conflict instead of overwriting them.
    /// </summary>
    private async Task ShareWithTranslationsAsync(ContentItem item)
    {
        if (item.Get<TermsPart>() is not { } part
            || (await definitions.GetTypeAsync(item.ContentType))?.Settings.Translatable != true)
        {
            return;
        }

        var translations = await content.ContentItems
            .Where(i => i.LocalizationSet == item.LocalizationSet && i.ContentItemId != item.ContentItemId && i.Latest && !i.Deleted)
            .ToListAsync();
        var codes = JsonSerializer.Serialize(part.Fields, ContentJson.Options);
        foreach (var translation in translations)
        {
            var theirs = translation.As<TermsPart>();
            if (JsonSerializer.Serialize(theirs.Fields, ContentJson.Options) == codes)
            {
                continue;
            }

            theirs.Fields = part.Fields.ToDictionary(f => f.Key, f => f.Value.ToList(), StringComparer.Ordinal);
            translation.Version++;
            await indexer.IndexAsync(translation, published: false);
            if (translation.Published)
            {
                await indexer.IndexAsync(translation, published: true);
            }
        }
    }

    public override async Task PublishedAsync(PublishContentContext context)
    {
        await indexer.IndexAsync(context.ContentItem, published: true);
        await indexer.IndexAsync(context.ContentItem, published: false);
    }

    public override Task UnpublishedAsync(PublishContentContext context) => indexer.RemoveAsync(context.ContentItem.ContentItemId, published: true);

    public override Task DiscardedDraftAsync(ContentContext context) => indexer.IndexAsync(context.ContentItem, published: false);

    public override async Task RemovedAsync(ContentContext context)
    {
        await indexer.RemoveAsync(context.ContentItem.ContentItemId, published: true);
        await indexer.RemoveAsync(context.ContentItem.ContentItemId, published: false);
    }
}
