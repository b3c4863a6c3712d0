using System.Text;
using Lucene.Net.Util;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// What a result shows of an entry (id, title, summary, language, original language, address,
/// action lines, SDGs, countries), packed into one binary doc value (<see cref="SearchFields.Hit"/>).
/// Reading a page of results from doc values is a few direct reads; reading stored fields
/// decompresses a 16 KB block per hit, which was a third of a text query's time.
/// </summary>
public sealed record HitValue(
    string Id,
    string Title,
    string Summary,
    string Language,
    string OriginalCulture,
    string Url,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string> Sdgs,
    IReadOnlyList<string> Countries)
{
    private const char FieldSeparator = '\u001F';
    private const char ListSeparator = '\u001E';

    /// <summary>Lucene refuses a binary doc value longer than this.</summary>
    private const int MaxBytes = 32_766;

    public BytesRef Encode()
    {
        var text = string.Join(FieldSeparator,
            Clean(Id), Clean(Title), Clean(Summary), Clean(Language), Clean(OriginalCulture), Clean(Url),
            string.Join(ListSeparator, ActionLines), string.Join(ListSeparator, Sdgs), string.Join(ListSeparator, Countries));
        var bytes = Encoding.UTF8.GetBytes(text);
        // Only an overlong summary can get there (texts are bounded far below): cut it, not the entry.
        return bytes.Length <= MaxBytes ? new BytesRef(bytes) : (this with { Summary = Summary[..(Summary.Length / 2)] }).Encode();
    }

    public static HitValue Decode(BytesRef bytes)
    {
        var parts = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length).Split(FieldSeparator);
        static string[] List(string value) => value.Length == 0 ? [] : value.Split(ListSeparator);
        return new HitValue(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], List(parts[6]), List(parts[7]), List(parts[8]));
    }

    /// <summary>The separators are control characters no entry text needs.</summary>
    private static string Clean(string value) =>
        value.AsSpan().IndexOfAny(FieldSeparator, ListSeparator) < 0 ? value : value.Replace(FieldSeparator, ' ').Replace(ListSeparator, ' ');
}
