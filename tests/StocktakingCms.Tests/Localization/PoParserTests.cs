using StocktakingCms.Core.Localization;
using Xunit;

namespace StocktakingCms.Tests.Localization;

public sealed class PoParserTests
{
    private const string Header = """
        # Translation of the Contents module.
        msgid ""
        msgstr ""
        "Language: fr\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\n"

        """;

    [Fact]
    public void Should_read_multiline_strings_with_escapes()
    {
        var entries = PoParser.Parse(Header + """
            #. Shown above the editor.
            #: Views/Admin/Edit.cshtml:12
            msgid ""
            "Line one\n"
            "Tab\there, a \"quote\" and a backslash \\"
            msgstr ""
            "Ligne un\n"
            "Tab\tici, des \"guillemets\" et une barre \\"
            """, "test.po");

        var entry = Assert.Single(entries);
        Assert.Equal("Line one\nTab\there, a \"quote\" and a backslash \\", entry.Id);
        Assert.Equal("Ligne un\nTab\tici, des \"guillemets\" et une barre \\", Assert.Single(entry.Translations));
        Assert.Null(entry.Context);
        Assert.Null(entry.PluralId);
    }

    [Fact]
    public void Should_skip_the_header_entry()
    {
        Assert.Empty(PoParser.Parse(Header, "test.po"));
    }

    [Fact]
    public void Should_read_context_and_keep_it_apart_from_the_same_msgid()
    {
        var entries = PoParser.Parse("""
            msgctxt "Menu"
            msgid "Open"
            msgstr "Ouvrir"

            msgctxt "State"
            msgid "Open"
            msgstr "Ouvert"

            msgid "Open"
            msgstr "Ouvrir (général)"
            """, "test.po");

        Assert.Equal(
            [("Menu", "Ouvrir"), ("State", "Ouvert"), (null, "Ouvrir (général)")],
            entries.Select(e => (e.Context, e.Translations[0])));
        Assert.All(entries, e => Assert.Equal("Open", e.Id));
    }

    [Fact]
    public void Should_read_plural_forms_in_index_order()
    {
        var entries = PoParser.Parse("""
            msgid "{0} file"
            msgid_plural "{0} files"
            msgstr[0] "{0} файл"
            msgstr[1] "{0} файла"
            msgstr[2] "{0} файлов"
            """, "ru.po");

        var entry = Assert.Single(entries);
        Assert.Equal("{0} files", entry.PluralId);
        Assert.Equal(["{0} файл", "{0} файла", "{0} файлов"], entry.Translations);
    }

    [Fact]
    public void Should_skip_fuzzy_and_untranslated_entries()
    {
        var entries = PoParser.Parse("""
            #, fuzzy, csharp-format
            msgid "Guessed"
            msgstr "Deviné"

            msgid "Untranslated"
            msgstr ""

            msgid "{0} page"
            msgid_plural "{0} pages"
            msgstr[0] "{0} page"
            msgstr[1] ""

            #, csharp-format
            msgid "Kept"
            msgstr "Gardé"
            """, "test.po");

        Assert.Equal("Kept", Assert.Single(entries).Id);
    }

    [Fact]
    public void Should_read_entries_not_separated_by_blank_lines_and_ignore_obsolete_ones()
    {
        var entries = PoParser.Parse("""
            msgid "One"
            msgstr "Un"
            msgid "Two"
            msgstr "Deux"
            #~ msgid "Old"
            #~ msgstr "Vieux"
            """, "test.po");

        Assert.Equal(["Un", "Deux"], entries.Select(e => e.Translations[0]));
    }

    [Fact]
    public void Should_accept_a_byte_order_mark_and_windows_line_ends()
    {
        var entries = PoParser.Parse("\uFEFFmsgid \"Save\"\r\nmsgstr \"حفظ\"\r\n", "ar.po");

        Assert.Equal("حفظ", Assert.Single(entries).Translations[0]);
    }

    [Theory]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgtxt \"c\"", 3, "unknown keyword 'msgtxt'")]
    [InlineData("msgid \"a\"\nmsgstr \"b", 2, "missing closing quote")]
    [InlineData("msgid \"a\"\nmsgstr \"b\\q\"", 2, "unknown escape sequence")]
    [InlineData("msgid \"a\"\nmsgstr \"b\" \"c\"", 2, "after the closing quote")]
    [InlineData("\n\nmsgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"", 3, "has no msgstr")]
    [InlineData("msgstr \"b\"", 1, "msgstr without msgid")]
    [InlineData("\"orphan\"", 1, "continuation line")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"", 3, "needs msgstr[N]")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\nmsgstr[2] \"c\"", 1, "gaps")]
    [InlineData("msgid \"a\"\nmsgstr[x] \"b\"", 2, "bad plural index")]
    [InlineData("msgid", 1, "expected a keyword")]
    public void Should_name_source_and_line_of_a_bad_line(string text, int line, string reason)
    {
        var error = Assert.Throws<PoParseException>(() => PoParser.Parse(text, "Contents:Localization/fr.po"));

        Assert.Equal("Contents:Localization/fr.po", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"Contents:Localization/fr.po({line}): ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
