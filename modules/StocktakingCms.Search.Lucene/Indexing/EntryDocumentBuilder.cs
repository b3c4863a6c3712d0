using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Turns the published versions of one localization set into one document per version, for the
/// index of the version's language: its text is analyzed there with that language's analyzer.
/// Each document lists the cultures it is shown in (<see cref="SearchFields.VisibleIn"/>): its own,
/// and for the original every culture the set has no translation in. Codes (with their parents)
/// are indexed for filters, facets and term labels (a query finds "santé" through the codes of
/// the terms so labelled, <see cref="Query.TermLabels"/>). The private contact is never read.
/// </summary>
public sealed class EntryDocumentBuilder(IReadOnlyDictionary<string, TaxonomyTree> taxonomies)
{
    /// <summary>
    /// The set's document in each language's index (null where the set has no published text in
    /// that language: an index replaces the set's document by it). Thread-safe: a rebuild builds
    /// the sets of a batch in parallel.
    /// </summary>
    public Dictionary<string, Document?> Build(IReadOnlyCollection<ContentItem> publishedVersions)
    {
        var documents = CmsCultures.All.ToDictionary(c => c, _ => (Document?)null, StringComparer.Ordinal);
        var byLanguage = publishedVersions
            .Where(i => i.Get<EntryPart>() is not null)
            .GroupBy(LanguageOf, StringComparer.Ordinal)
            // Two versions read as one language (a culture the site does not offer): the exact one wins.
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.Culture == g.Key).ThenBy(i => i.CreatedUtc).First(), StringComparer.Ordinal);
        var original = byLanguage.Values
            .OrderByDescending(i => i.Culture == i.Get<EntryPart>()!.OriginalCulture)
            .ThenBy(i => i.CreatedUtc)
            .FirstOrDefault();
        if (original is null)
        {
            return documents;
        }

        foreach (var (language, item) in byLanguage)
        {
            var visibleIn = CmsCultures.All.Where(c => c == language || (item == original && !byLanguage.ContainsKey(c))).ToList();
            documents[language] = Build(item, original, language, visibleIn);
        }

        return documents;
    }

    private static string LanguageOf(ContentItem item) => CmsCultures.IsSupported(item.Culture) ? item.Culture.ToLowerInvariant() : CmsCultures.Default;

    private Document Build(ContentItem item, ContentItem original, string language, List<string> visibleIn)
    {
        var entry = item.Get<EntryPart>()!;
        var set = string.IsNullOrEmpty(item.LocalizationSet) ? item.ContentItemId : item.LocalizationSet;
        var published = item.PublishedUtc ?? item.ModifiedUtc;
        var originalCulture = original.Get<EntryPart>()!.OriginalCulture is { Length: > 0 } o ? o : original.Culture;
        var url = $"/{item.Culture}/{item.Get<AutoroutePart>()?.Slug}";
        // Text is given as strings: the writer analyzes it with the field's language as it indexes,
        // reusing that thread's token streams (analyzing beforehand kept every token as a string).
        var document = new Document
        {
            // Ids are codes too (CodeAnalyzer), not StringFields: each of those makes its own token
            // stream, whose attributes Lucene registers under a global lock (8 % of a rebuild).
            new Field(SearchFields.Set, set, CodeField),
            new Field(SearchFields.Id, item.ContentItemId, StoredCodeField),
            // Stored for related entries (RelatedEntrySearch); search results read HitValue.
            new StoredField(SearchFields.Url, url),
            new StoredField(SearchFields.Title, item.DisplayText),
            new StoredField(SearchFields.Organisation, entry.OrganisationName),
            new TextField(SearchFields.Text(SearchFields.TitleText, language), item.DisplayText, Field.Store.NO),
            new TextField(SearchFields.Text(SearchFields.SummaryText, language), entry.ShortDescription, Field.Store.NO),
            new TextField(SearchFields.Text(SearchFields.BodyText, language),
                string.Join("\n", [entry.FullDescription, entry.OrganisationName, entry.TargetGroups, .. entry.Partners]), Field.Store.NO),
            new NumericDocValuesField(SearchFields.Published, published.Ticks),
            new SortedDocValuesField(SearchFields.TitleSort, new BytesRef(item.DisplayText.ToLowerInvariant())),
            new Field(SearchFields.VisibleIn, CodeAnalyzer.Join(visibleIn), CodeField),
        };

        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            [SearchFields.Language] = [language],
            [SearchFacet.YearKey] = [published.Year.ToString(CultureInfo.InvariantCulture)],
        };

        var terms = item.Get<TermsPart>();
        foreach (var facet in SearchFacet.All.Where(f => f.Taxonomy is not null))
        {
            var tree = taxonomies.GetValueOrDefault(facet.Taxonomy!);
            var chosen = facet.SourceFields.SelectMany(f => terms?.Get(f) ?? []);
            var withParents = tree is null ? chosen : chosen.SelectMany(c => tree.PathTo(c).Select(t => t.Code).DefaultIfEmpty(c));
            foreach (var code in withParents.Distinct(StringComparer.Ordinal))
            {
                (codes.TryGetValue(facet.Key, out var list) ? list : codes[facet.Key] = []).Add(code);
            }
        }

        foreach (var (field, values) in codes)
        {
            AddCodes(document, field, values);
        }

        var hit = new HitValue(
            item.ContentItemId, item.DisplayText, entry.ShortDescription, language, originalCulture, url,
            codes.GetValueOrDefault(SearchFacet.ActionLine.Key) ?? [],
            codes.GetValueOrDefault(SearchFacet.Sdg.Key) ?? [],
            codes.GetValueOrDefault(SearchFacet.Country.Key) ?? []);
        document.Add(new BinaryDocValuesField(SearchFields.Hit, hit.Encode()));
        return document;
    }

    /// <summary>
    /// A field's codes: indexed (related entries rank shared codes), doc values for filters and
    /// facet counts; the language is stored too, for related entries. Indexed as one field of code tokens rather
    /// than a field per code: each field costs a token stream, most of a code's indexing time.
    /// </summary>
    private static void AddCodes(Document document, string field, List<string> codes)
    {
        document.Add(new Field(field, CodeAnalyzer.Join(codes), CodeField));
        foreach (var code in codes)
        {
            if (field == SearchFields.Language)
            {
                document.Add(new StoredField(field, code));
            }

            document.Add(new SortedSetDocValuesField(field, new BytesRef(code)));
        }
    }

    /// <summary>As <see cref="StringField"/> indexes: whole values, documents only, no norms.</summary>
    private static readonly FieldType CodeField = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static readonly FieldType StoredCodeField = Frozen(new FieldType(CodeField) { IsStored = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
