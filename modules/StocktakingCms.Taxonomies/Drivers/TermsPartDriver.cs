using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Taxonomies.ViewModels;

namespace StocktakingCms.Taxonomies.Drivers;

/// <summary>Edits every taxonomy field of a type, with term names in the editor's language.</summary>
public sealed class TermsPartDriver(TaxonomyStore taxonomies) : ContentPartDriver
{
    public override string PartName => nameof(TermsPart);

    public override async Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition)
    {
        var part = item.As<TermsPart>();
        var culture = CmsCultures.CurrentName;
        var editor = new TermsPartEditor();
        foreach (var field in definition.GetSettings<TermsPartSettings>().Fields.Where(f => !f.Derived))
        {
            var tree = await taxonomies.GetAsync(field.Taxonomy);
            if (tree is null)
            {
                continue;
            }

            var selected = part.Get(field.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var options = new List<TermOption>();
            AddOptions(tree.Taxonomy.Terms, 0);
            editor.Editors.Add(new TermFieldEditor(field.Name, field.Labels.For(culture) is { Length: > 0 } label ? label : tree.Taxonomy.Names.For(culture),
                field.Multiple, field.Required || field.Minimum > 0, options));
            editor.Fields[field.Name] = [.. selected];

            void AddOptions(IEnumerable<TaxonomyTerm> terms, int depth)
            {
                foreach (var term in terms)
                {
                    var selectable = (!field.LeavesOnly || term.Children.Count == 0) && (!field.TopLevelOnly || depth == 0);
                    options.Add(new TermOption(term.Code, term.Names.For(culture), depth, selectable, selected.Contains(term.Code)));
                    if (!field.TopLevelOnly)
                    {
                        AddOptions(term.Children, depth + 1);
                    }
                }
            }
        }

        return new PartShape(PartName, PartView($"{PartName}.Edit"), editor, PartName, 0);
    }

    /// <summary>The chosen terms, named in the visitor's language, linked to their term pages.</summary>
    public override async Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType)
    {
        if (item.Get<TermsPart>() is not { } part)
        {
            return null;
        }

        var culture = CmsCultures.CurrentName;
        var groups = new List<TermDisplayGroup>();
        foreach (var field in definition.GetSettings<TermsPartSettings>().Fields)
        {
            var tree = await taxonomies.GetAsync(field.Taxonomy);
            var terms = tree is null ? [] : part.Get(field.Name).Select(tree.Find).OfType<TaxonomyTerm>().ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            var linked = PublicTaxonomyConstraint.Codes.Contains(field.Taxonomy);
            groups.Add(new TermDisplayGroup(
                field.Labels.For(culture) is { Length: > 0 } label ? label : tree!.Taxonomy.Names.For(culture),
                [.. terms.Select(t => new TermDisplayLink(t.Names.For(culture), linked ? $"/{culture}/{field.Taxonomy}/{t.Code}" : null))]));
        }

        return groups.Count == 0 ? null : new PartShape(PartName, PartView(PartName), groups, PartName, 0);
    }

    public override async Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater)
    {
        var posted = new TermsPartEditor();
        if (!await updater.TryUpdateModelAsync(posted, PartName))
        {
            return;
        }

        var part = item.As<TermsPart>();
        foreach (var field in definition.GetSettings<TermsPartSettings>().Fields.Where(f => !f.Derived))
        {
            // An unticked field posts nothing: that means "no terms", not "unchanged".
            part.Set(field.Name, posted.Fields.GetValueOrDefault(field.Name)?.Where(c => !string.IsNullOrWhiteSpace(c)) ?? []);
        }
    }
}
