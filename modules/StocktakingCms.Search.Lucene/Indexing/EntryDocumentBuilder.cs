using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Turns the published versions of one localization set into one document per site culture: the
/// translation in that culture when there is one, else the original, whose text keeps its own
/// language's analyzer. Term labels are always in the index's culture ("santé" in French), codes
/// go to doc values for filters and facets. The private contact is never read.
/// </summary>
public sealed class EntryDocumentBuilder(IReadOnlyDictionary<string, TaxonomyTree> taxonomies)
{
    public Dictionary<string, Document?> Build(IReadOnlyCollection<ContentItem> publishedVersions)
    {
        var documents = new Dictionary<string, Document?>(StringComparer.Ordinal);
        var entries = publishedVersions.Where(i => i.Get<EntryPart>() is not null).ToList();
        var original = entries
            .OrderByDescending(i => i.Culture == i.Get<EntryPart>()!.OriginalCulture)
            .ThenBy(i => i.CreatedUtc)
            .FirstOrDefault();
        foreach (var culture in CmsCultures.All)
        {
            var item = entries.FirstOrDefault(i => i.Culture == culture) ?? original;
            documents[culture] = item is null ? null : Build(item, original!, culture);
        }

        return documents;
    }

    private Document Build(ContentItem item, ContentItem original, string indexCulture)
    {
        var entry = item.Get<EntryPart>()!;
        var language = CmsCultures.IsSupported(item.Culture) ? item.Culture : CmsCultures.Default;
        var set = string.IsNullOrEmpty(item.LocalizationSet) ? item.ContentItemId : item.LocalizationSet;
        var published = item.PublishedUtc ?? item.ModifiedUtc;
        var document = new Document
        {
            new StringField(SearchFields.Set, set, Field.Store.NO),
            new StringField(SearchFields.Id, item.ContentItemId, Field.Store.YES),
            new StoredField(SearchFields.OriginalCulture, original.Get<EntryPart>()!.OriginalCulture is { Length: > 0 } o ? o : original.Culture),
            new StoredField(SearchFields.Url, $"/{item.Culture}/{item.Get<AutoroutePart>()?.Slug}"),
            new StoredField(SearchFields.Title, item.DisplayText),
            new StoredField(SearchFields.Summary, entry.ShortDescription),
            new TextField(SearchFields.Text(SearchFields.TitleText, language), item.DisplayText, Field.Store.NO),
            new TextField(SearchFields.Text(SearchFields.SummaryText, language), entry.ShortDescription, Field.Store.NO),
            new TextField(
                SearchFields.Text(SearchFields.BodyText, language),
                string.Join("\n", [entry.FullDescription, entry.OrganisationName, entry.TargetGroups, .. entry.Partners]),
                Field.Store.NO),
            new NumericDocValuesField(SearchFields.Published, published.Ticks),
            new SortedDocValuesField(SearchFields.TitleSort, new BytesRef(item.DisplayText.ToLowerInvariant())),
        };

        AddCode(document, SearchFields.Language, language);
        AddCode(document, SearchFacet.YearKey, published.Year.ToString(CultureInfo.InvariantCulture));

        var terms = item.Get<TermsPart>();
        var labels = new List<string>();
        foreach (var facet in SearchFacet.All.Where(f => f.Taxonomy is not null))
        {
            var tree = taxonomies.GetValueOrDefault(facet.Taxonomy!);
            var codes = facet.SourceFields.SelectMany(f => terms?.Get(f) ?? []);
            var withParents = tree is null ? codes : codes.SelectMany(c => tree.PathTo(c).Select(t => t.Code).DefaultIfEmpty(c));
            foreach (var code in withParents.Distinct(StringComparer.Ordinal))
            {
                AddCode(document, facet.Key, code);
                if (tree?.Find(code) is { } term)
                {
                    labels.Add(term.Names.For(indexCulture));
                }
            }
        }

        document.Add(new TextField(SearchFields.Text(SearchFields.TermsText, indexCulture), string.Join("\n", labels), Field.Store.NO));
        return document;
    }

    /// <summary>A code: indexed for filters, stored for results, doc values for facet counts.</summary>
    private static void AddCode(Document document, string field, string code)
    {
        document.Add(new StringField(field, code, Field.Store.YES));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(code)));
    }
}
