using System.Globalization;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Search.Lucene.Query;
using StocktakingCms.Search.Lucene.ViewModels;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Search.Lucene.Drivers;

/// <summary>
/// "Related entries" under an entry's page: a second display driver for the entry's last part
/// (its classification, <c>TermsPart</c>), so the block comes after everything else and the
/// Entries module needs to know nothing of search. Shows up to five published entries like this
/// one, in the visitor's language where they have a translation. No editor.
/// </summary>
public sealed class RelatedEntriesDriver(RelatedEntrySearch related) : ContentPartDriver
{
    public const int Limit = 5;

    public override string PartName => nameof(TermsPart);

    public override Task<PartShape?> BuildEditorAsync(ContentItem item, ContentTypePartDefinition definition) => Task.FromResult<PartShape?>(null);

    public override Task UpdateAsync(ContentItem item, ContentTypePartDefinition definition, IPartModelUpdater updater) => Task.CompletedTask;

    public override Task<PartShape?> BuildDisplayAsync(ContentItem item, ContentTypePartDefinition definition, string displayType)
    {
        if (displayType != "Detail" || item.ContentType != EntryFields.ContentType || item.Get<EntryPart>() is not { } entry)
        {
            return Task.FromResult<PartShape?>(null);
        }

        var visitor = CmsCultures.Current.Name;
        var terms = item.Get<TermsPart>();
        var codes = SearchFacet.All
            .Where(f => f.Taxonomy is not null)
            .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.SourceFields.SelectMany(s => terms?.Get(s) ?? [])]);
        var like = new RelatedEntryQuery(
            item.Culture,
            item.Get<TitlePart>()?.Title ?? item.DisplayText,
            entry.ShortDescription,
            entry.FullDescription,
            codes,
            string.IsNullOrEmpty(item.LocalizationSet) ? item.ContentItemId : item.LocalizationSet);
        var entries = related.Find(visitor, like, Limit);
        return Task.FromResult<PartShape?>(entries.Count == 0
            ? null
            : new PartShape("RelatedEntries", PartView("RelatedEntries"), new RelatedEntriesViewModel(visitor, entries), "RelatedEntries", 0));
    }
}
