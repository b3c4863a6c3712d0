using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;

namespace StocktakingCms.Localization.Services;

public enum TranslateOutcome
{
    Created,
    AlreadyExists,
    Failed,
}

/// <summary>What a translate request gave: the new draft, the translation already there, or why the save failed.</summary>
public sealed record TranslateResult(TranslateOutcome Outcome, ContentItem? Translation = null, TranslationLink? Existing = null, ContentOperationResult? Failure = null);

/// <summary>
/// Creates the translation of an item into another culture: a draft in the same localization set,
/// pre-filled with every part of the source (classification included) so the translator only
/// rewrites the texts. The address is kept when it is free in the target culture, else made unique.
/// </summary>
public sealed class Translator(IContentManager content, IContentDefinitionStore definitions, TranslationQuery translations, ContentsDbContext routes)
{
    /// <summary>Items of a translatable type that have a culture can be translated.</summary>
    public async Task<bool> CanTranslateAsync(ContentItem item, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(item.Culture)
        && await definitions.GetTypeAsync(item.ContentType, cancellationToken) is { Settings.Translatable: true };

    /// <summary><paramref name="culture"/> must be one of the site's cultures (URL name).</summary>
    public async Task<TranslateResult> TranslateAsync(ContentItem source, string culture, CancellationToken cancellationToken)
    {
        var existing = (await translations.ListAsync(source.LocalizationSet, cancellationToken)).FirstOrDefault(t => t.Culture == culture);
        if (existing is { Exists: true })
        {
            return new TranslateResult(TranslateOutcome.AlreadyExists, Existing: existing);
        }

        var translation = await content.NewAsync(source.ContentType, cancellationToken);
        translation.Culture = culture;
        translation.LocalizationSet = source.LocalizationSet;
        translation.DisplayText = source.DisplayText;
        translation.Content = source.Content.Clone();
        if (translation.Get<AutoroutePart>() is { Slug.Length: > 0 } route)
        {
            route.Slug = await FreeSlugAsync(route.Slug, culture, cancellationToken);
        }

        var result = await content.CreateAsync(translation, publish: false, cancellationToken);
        return result.Succeeded
            ? new TranslateResult(TranslateOutcome.Created, Translation: translation)
            : new TranslateResult(TranslateOutcome.Failed, Failure: result);
    }

    /// <summary>The slug itself when no item uses it in the culture, else "{slug}-{culture}", "{slug}-{culture}-2"...</summary>
    private async Task<string> FreeSlugAsync(string slug, string culture, CancellationToken cancellationToken)
    {
        if (!await TakenAsync(slug, culture, cancellationToken))
        {
            return slug;
        }

        // Room for "-xx-NN" within the maximum length.
        var stem = (slug.Length > AutoroutePart.MaxLength - 8 ? slug[..(AutoroutePart.MaxLength - 8)] : slug).TrimEnd('-') + "-" + culture;
        var candidate = stem;
        for (var n = 2; await TakenAsync(candidate, culture, cancellationToken); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    private Task<bool> TakenAsync(string slug, string culture, CancellationToken cancellationToken) =>
        routes.AutorouteEntries.AnyAsync(e => e.Slug == slug && e.Culture == culture, cancellationToken);
}
