using System.Text;

namespace StocktakingCms.Core.Localization;

/// <summary>Reads one C-style quoted PO string ("...") and resolves its escape sequences.</summary>
internal static class PoQuotedString
{
    /// <summary>Returns the unescaped content, or throws naming the source and line.</summary>
    public static string Unquote(string token, string sourceName, int lineNumber)
    {
        if (token.Length < 2 || token[0] != '"')
        {
            throw new PoParseException(sourceName, lineNumber, $"expected a quoted string but found '{token}'.");
        }

        var text = new StringBuilder(token.Length);
        for (var i = 1; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '"')
            {
                // An unescaped quote ends the string; anything after it means a stray quote in the text.
                if (i != token.Length - 1)
                {
                    throw new PoParseException(sourceName, lineNumber, "unexpected text after the closing quote (unescaped \" inside the string?).");
                }

                return text.ToString();
            }

            if (c == '\\')
            {
                if (++i == token.Length)
                {
                    break;
                }

                text.Append(Unescape(token[i], sourceName, lineNumber));
            }
            else
            {
                text.Append(c);
            }
        }

        throw new PoParseException(sourceName, lineNumber, "missing closing quote.");
    }

    private static char Unescape(char c, string sourceName, int lineNumber) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '"' => '"',
        '\\' => '\\',
        'a' => '\a',
        'b' => '\b',
        'f' => '\f',
        'v' => '\v',
        _ => throw new PoParseException(sourceName, lineNumber, $"unknown escape sequence '\\{c}'."),
    };
}
