using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace StocktakingCms.Email.Services;

/// <summary>
/// How model values enter a template's Markdown before it becomes the HTML part: <c>&lt;</c> and
/// <c>&gt;</c> as entities (a value cannot open a tag or an autolink), <c>[</c> and <c>]</c>
/// backslash-escaped (a value cannot make a link). Everything else is left as it is, so a URL
/// keeps its <c>&amp;</c> in <c>[text]({{ link }})</c>, <c>&lt;{{ link }}&gt;</c> or a bare link,
/// and Arabic, Chinese or Cyrillic text stays readable.
/// </summary>
internal sealed class MarkdownValueEncoder : TextEncoder
{
    public static readonly MarkdownValueEncoder Instance = new();

    private static readonly SearchValues<char> Special = SearchValues.Create("<>[]");

    public override int MaxOutputCharactersPerInputCharacter => 4;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(Special);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        var replacement = unicodeScalar switch
        {
            '<' => "&lt;",
            '>' => "&gt;",
            '[' => "\\[",
            ']' => "\\]",
            _ => null,
        };
        if (replacement is null)
        {
            return new Rune(unicodeScalar).TryEncodeToUtf16(output, out numberOfCharactersWritten);
        }

        numberOfCharactersWritten = replacement.TryCopyTo(output) ? replacement.Length : 0;
        return numberOfCharactersWritten > 0;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '<' or '>' or '[' or ']';
}
