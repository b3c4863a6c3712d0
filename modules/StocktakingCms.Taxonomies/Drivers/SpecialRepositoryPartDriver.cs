using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Taxonomies.ViewModels;

namespace StocktakingCms.Taxonomies.Drivers;

/// <summary>Edits a special repository's term, launch year and proposed state (the public page is its term page).</summary>
public sealed class SpecialRepositoryPartDriver(TaxonomyStore taxonomies, IStringLocalizer<SpecialRepositoryPartDriver> T) : ContentPartDriver
{
    public override string PartName => nameof(SpecialRepositoryPart);

    public override async Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition)
    {
        var part = item.As<SpecialRepositoryPart>();
        var editor = new SpecialRepositoryPartEditor
        {
            TermCode = part.TermCode,
            LaunchYear = part.LaunchYear,
            IsProposed = part.IsProposed,
            Terms = await TermsAsync(),
        };
        return new PartShape(PartName, PartView($"{PartName}.Edit"), editor, PartName, 0);
    }

    public override async Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater)
    {
        var editor = new SpecialRepositoryPartEditor();
        if (!await updater.TryUpdateModelAsync(editor, PartName))
        {
            return;
        }

        var tree = await taxonomies.GetAsync(SpecialRepositoryPart.Taxonomy);
        if (tree?.Find(editor.TermCode ?? "") is null)
        {
            updater.AddModelError($"{PartName}.{nameof(editor.TermCode)}", T["Choose the repository's term."]);
            return;
        }

        var part = item.As<SpecialRepositoryPart>();
        part.TermCode = editor.TermCode!;
        part.LaunchYear = editor.IsProposed ? null : editor.LaunchYear;
        part.IsProposed = editor.IsProposed;
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> TermsAsync()
    {
        var tree = await taxonomies.GetAsync(SpecialRepositoryPart.Taxonomy);
        var culture = CmsCultures.CurrentName;
        return tree is null ? [] : [.. tree.Taxonomy.Terms.Select(t => KeyValuePair.Create(t.Code, t.Names.For(culture)))];
    }
}
