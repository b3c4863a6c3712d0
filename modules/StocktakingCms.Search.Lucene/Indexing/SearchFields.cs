namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>The names of the fields of an entry's search document.</summary>
public static class SearchFields
{
    /// <summary>The localization set: at most one document per set in each index, all replaced together.</summary>
    public const string Set = "set";

    /// <summary>The content item whose text the document holds (a translation or the original).</summary>
    public const string Id = "id";

    /// <summary>
    /// The cultures whose visitors are shown this document: its language's, and for an original
    /// every culture its set has no translation in. A search in a culture reads every index and
    /// keeps the documents visible in it.
    /// </summary>
    public const string VisibleIn = "visibleIn";

    /// <summary>The language of the document's text (facet and filter <c>language</c>).</summary>
    public const string Language = "language";

    public const string Url = "url";
    public const string Title = "title";
    public const string Organisation = "organisation";

    /// <summary>Publication time in ticks, for "newest first".</summary>
    public const string Published = "published";

    /// <summary>What a result shows, one binary doc value (<see cref="HitValue"/>).</summary>
    public const string Hit = "hit";

    /// <summary>The lower-case title, for "by title".</summary>
    public const string TitleSort = "titleSort";

    /// <summary>Analyzed text fields end with the language whose analyzer reads them: <c>title_fr</c>.</summary>
    public static string Text(string field, string culture) => $"{field}_{culture}";

    public const string TitleText = "title";
    public const string SummaryText = "summary";
    public const string BodyText = "body";
    public static readonly string[] TextFields = [TitleText, SummaryText, BodyText];

    /// <summary>Not a field of the documents: the name term labels are analyzed under (<see cref="Query.TermLabels"/>).</summary>
    public const string TermsLabel = "label";

    public static string LanguageOf(string field)
    {
        var separator = field.LastIndexOf('_');
        return separator < 0 ? "" : field[(separator + 1)..];
    }
}
