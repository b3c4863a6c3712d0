using System.Globalization;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// Reads gettext PO text into <see cref="PoEntry"/> items. Written in-house because no PO package
/// is available to the project; it covers what translators' tools emit: comments, msgctxt,
/// plurals, multi-line strings and C escapes.
/// </summary>
public static class PoParser
{
    /// <param name="text">The whole PO file.</param>
    /// <param name="sourceName">Shown in error messages, e.g. "StocktakingCms.Contents:Localization/fr.po".</param>
    public static IReadOnlyList<PoEntry> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader, sourceName);
    }

    public static IReadOnlyList<PoEntry> Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);

        var entries = new List<PoEntry>();
        var builder = new PoEntryBuilder(sourceName);
        var lineNumber = 0;
        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;

            // Files saved by Windows editors may start with a byte-order mark.
            var line = (lineNumber == 1 ? rawLine.TrimStart('\uFEFF') : rawLine).Trim();
            if (line.Length == 0)
            {
                builder.Flush(entries);
            }
            else if (line[0] == '#')
            {
                builder.Comment(line, entries);
            }
            else if (line[0] == '"')
            {
                builder.Continue(PoQuotedString.Unquote(line, sourceName, lineNumber), lineNumber);
            }
            else
            {
                ReadKeywordLine(line, lineNumber, sourceName, builder, entries);
            }
        }

        builder.Flush(entries);
        return entries;
    }

    private static void ReadKeywordLine(string line, int lineNumber, string sourceName, PoEntryBuilder builder, List<PoEntry> entries)
    {
        var end = line.IndexOfAny([' ', '\t', '"']);
        if (end <= 0)
        {
            throw new PoParseException(sourceName, lineNumber, $"expected a keyword and a quoted string but found '{line}'.");
        }

        var keyword = line[..end];
        int? index = null;

        // msgstr[N] carries the plural-form index inside the keyword.
        if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']'))
        {
            if (!int.TryParse(keyword.AsSpan(7, keyword.Length - 8), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                throw new PoParseException(sourceName, lineNumber, $"bad plural index in '{keyword}'.");
            }

            keyword = "msgstr";
            index = n;
        }

        var value = PoQuotedString.Unquote(line[end..].Trim(), sourceName, lineNumber);
        builder.Keyword(keyword, index, value, lineNumber, entries);
    }
}
