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
/// Turns the published versions of one localization set into one document per site culture: the
/// translation in that culture when there is one, else the original, whose text keeps its own
/// language's analyzer. Term labels are always in the index's culture ("santé" in French), codes
/// go to doc values for filters and facets. The private contact is never read.
/// </summary>
public sealed class EntryDocumentBuilder(IReadOnlyDictionary<string, TaxonomyTree> taxonomies, LanguageAnalyzers analyzers)
{
    private readonly ConcurrentDictionary<(string Facet, string Code, string Culture), AnalyzedText> _labels = new();

    /// <summary>Thread-safe: a rebuild builds the sets of a batch in parallel.</summary>
    public Dictionary<string, Document?> Build(IReadOnlyCollection<ContentItem> publishedVersions)
    {
        var documents = new Dictionary<string, Document?>(StringComparer.Ordinal);
        var entries = publishedVersions.Where(i => i.Get<EntryPart>() is not null).ToList();
        var original = entries
            .OrderByDescending(i => i.Culture == i.Get<EntryPart>()!.OriginalCulture)
            .ThenBy(i => i.CreatedUtc)
            .FirstOrDefault();
        // Each version's text is analyzed once, whichever indexes it goes to.
        var texts = new Dictionary<ContentItem, AnalyzedFields>();
        foreach (var culture in CmsCultures.All)
        {
            var item = entries.FirstOrDefault(i => i.Culture == culture) ?? original;
            if (item is not null && !texts.ContainsKey(item))
            {
                texts[item] = Analyze(item);
            }

            documents[culture] = item is null ? null : Build(item, original!, culture, texts[item]);
        }

        return documents;
    }

    private sealed record AnalyzedFields(AnalyzedText Title, AnalyzedText Summary, AnalyzedText Body);

    private AnalyzedFields Analyze(ContentItem item)
    {
        var entry = item.Get<EntryPart>()!;
        var language = LanguageOf(item);
        AnalyzedText Text(string field, string text) => AnalyzedText.Analyze(analyzers.Fields, SearchFields.Text(field, language), text);
        return new AnalyzedFields(
            Text(SearchFields.TitleText, item.DisplayText),
            Text(SearchFields.SummaryText, entry.ShortDescription),
            Text(SearchFields.BodyText, string.Join("\n", [entry.FullDescription, entry.OrganisationName, entry.TargetGroups, .. entry.Partners])));
    }

    private static string LanguageOf(ContentItem item) => CmsCultures.IsSupported(item.Culture) ? item.Culture : CmsCultures.Default;

    private Document Build(ContentItem item, ContentItem original, string indexCulture, AnalyzedFields text)
    {
        var entry = item.Get<EntryPart>()!;
        var language = LanguageOf(item);
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
            new StoredField(SearchFields.Organisation, entry.OrganisationName),
            new TextField(SearchFields.Text(SearchFields.TitleText, language), text.Title.Replay()),
            new TextField(SearchFields.Text(SearchFields.SummaryText, language), text.Summary.Replay()),
            new TextField(SearchFields.Text(SearchFields.BodyText, language), text.Body.Replay()),
            new NumericDocValuesField(SearchFields.Published, published.Ticks),
            new SortedDocValuesField(SearchFields.TitleSort, new BytesRef(item.DisplayText.ToLowerInvariant())),
        };

        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            [SearchFields.Language] = [language],
            [SearchFacet.YearKey] = [published.Year.ToString(CultureInfo.InvariantCulture)],
        };

        var terms = item.Get<TermsPart>();
        var labels = new List<AnalyzedText>();
        foreach (var facet in SearchFacet.All.Where(f => f.Taxonomy is not null))
        {
            var tree = taxonomies.GetValueOrDefault(facet.Taxonomy!);
            var chosen = facet.SourceFields.SelectMany(f => terms?.Get(f) ?? []);
            var withParents = tree is null ? chosen : chosen.SelectMany(c => tree.PathTo(c).Select(t => t.Code).DefaultIfEmpty(c));
            foreach (var code in withParents.Distinct(StringComparer.Ordinal))
            {
                (codes.TryGetValue(facet.Key, out var list) ? list : codes[facet.Key] = []).Add(code);
                if (tree?.Find(code) is { } term)
                {
                    labels.Add(Label(facet, term, indexCulture));
                }
            }
        }

        document.Add(new TextField(SearchFields.Text(SearchFields.TermsText, indexCulture), AnalyzedText.Join(labels).Replay()));
        foreach (var (field, values) in codes)
        {
            AddCodes(document, field, values);
        }

        var hit = new HitValue(
            item.ContentItemId, item.DisplayText, entry.ShortDescription, language,
            document.Get(SearchFields.OriginalCulture, CultureInfo.InvariantCulture) ?? language,
            document.Get(SearchFields.Url, CultureInfo.InvariantCulture) ?? "",
            document.GetValues(SearchFacet.ActionLine.Key, CultureInfo.InvariantCulture),
            document.GetValues(SearchFacet.Sdg.Key, CultureInfo.InvariantCulture),
            document.GetValues(SearchFacet.Country.Key, CultureInfo.InvariantCulture));
        document.Add(new BinaryDocValuesField(SearchFields.Hit, hit.Encode()));
        return document;
    }

    /// <summary>
    /// A term's label analyzed once per builder (a batch of entries): thousands of entries share a
    /// few hundred terms, and the SDG targets' labels are long sentences.
    /// </summary>
    private AnalyzedText Label(SearchFacet facet, TaxonomyTerm term, string culture) =>
        _labels.GetOrAdd((facet.Key, term.Code, culture), key =>
            AnalyzedText.Analyze(analyzers.Fields, SearchFields.Text(SearchFields.TermsText, key.Culture), term.Names.For(key.Culture)));

    /// <summary>Codes the results show (<see cref="Query.EntryHit"/>) are stored; the others are only searched and counted.</summary>
    private static readonly HashSet<string> StoredCodes = [SearchFields.Language, SearchFacet.ActionLine.Key, SearchFacet.Sdg.Key, SearchFacet.Country.Key];

    /// <summary>
    /// A field's codes: indexed (related entries rank shared codes), doc values for filters and
    /// facet counts, stored when results show them. Indexed as one field of code tokens rather
    /// than a field per code: each field costs a token stream, most of a code's indexing time.
    /// </summary>
    private static void AddCodes(Document document, string field, List<string> codes)
    {
        document.Add(new Field(field, AnalyzedText.Codes(codes).Replay(), CodeField));
        foreach (var code in codes)
        {
            if (StoredCodes.Contains(field))
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

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
