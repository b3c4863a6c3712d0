using System.Text;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// Collects the keywords of one PO entry as the parser meets them, checks that they come in a
/// legal order, and decides on flush whether the entry is usable (not the header, not fuzzy, fully
/// translated).
/// </summary>
internal sealed class PoEntryBuilder(string sourceName)
{
    private readonly SortedDictionary<int, StringBuilder> _translations = [];
    private StringBuilder? _context;
    private StringBuilder? _id;
    private StringBuilder? _pluralId;
    private StringBuilder? _current;
    private bool _fuzzy;
    private bool _indexedTranslations;
    private int _startLine;

    private bool HasKeywords => _context is not null || _id is not null;

    public void Comment(string line, List<PoEntry> output)
    {
        // Comments belong to the entry that follows them, so one after a keyword starts a new entry.
        if (HasKeywords)
        {
            Flush(output);
        }

        _current = null;
        if (line.StartsWith("#,", StringComparison.Ordinal)
            && line[2..].Split(',', StringSplitOptions.TrimEntries).Contains("fuzzy", StringComparer.Ordinal))
        {
            // A fuzzy translation is a guess from msgmerge: gettext ignores it, so do we.
            _fuzzy = true;
        }
    }

    public void Keyword(string keyword, int? index, string value, int lineNumber, List<PoEntry> output)
    {
        switch (keyword)
        {
            case "msgctxt":
                if (_id is not null)
                {
                    Flush(output);
                }

                Require(_context is null, lineNumber, "duplicate msgctxt.");
                _startLine = lineNumber;
                _current = _context = new StringBuilder(value);
                break;
            case "msgid":
                if (_id is not null)
                {
                    Flush(output);
                }

                _startLine = _context is null ? lineNumber : _startLine;
                _current = _id = new StringBuilder(value);
                break;
            case "msgid_plural":
                Require(_id is not null && _pluralId is null && _translations.Count == 0, lineNumber, "msgid_plural must follow msgid and come before msgstr.");
                _current = _pluralId = new StringBuilder(value);
                break;
            case "msgstr":
                AddTranslation(index, value, lineNumber);
                break;
            default:
                throw new PoParseException(sourceName, lineNumber, $"unknown keyword '{keyword}'.");
        }
    }

    public void Continue(string value, int lineNumber)
    {
        Require(_current is not null, lineNumber, "a quoted continuation line must follow a keyword line.");
        _current!.Append(value);
    }

    /// <summary>Ends the current entry (blank line, next entry or end of file).</summary>
    public void Flush(List<PoEntry> output)
    {
        if (HasKeywords)
        {
            var entry = Build();
            if (entry is not null)
            {
                output.Add(entry);
            }
        }

        _translations.Clear();
        _context = _id = _pluralId = _current = null;
        _fuzzy = _indexedTranslations = false;
        _startLine = 0;
    }

    private void AddTranslation(int? index, string value, int lineNumber)
    {
        Require(_id is not null, lineNumber, "msgstr without msgid.");
        if (index is { } n)
        {
            Require(_pluralId is not null, lineNumber, "msgstr[N] is only allowed after msgid_plural.");
            Require(!_translations.ContainsKey(n), lineNumber, $"duplicate msgstr[{n}].");
            _indexedTranslations = true;
        }
        else
        {
            Require(_pluralId is null, lineNumber, "an entry with msgid_plural needs msgstr[N], not msgstr.");
            Require(_translations.Count == 0, lineNumber, "duplicate msgstr.");
        }

        _current = _translations[index ?? 0] = new StringBuilder(value);
    }

    private PoEntry? Build()
    {
        Require(_id is not null, _startLine, "entry has msgctxt but no msgid.");
        Require(_translations.Count > 0, _startLine, $"msgid \"{_id}\" has no msgstr.");
        Require(!_indexedTranslations || _translations.Keys.Last() == _translations.Count - 1, _startLine, $"msgid \"{_id}\" has gaps in its msgstr[N] indexes.");

        var id = _id!.ToString();
        var translations = _translations.Values.Select(t => t.ToString()).ToArray();

        // Skipped on purpose: the header (msgid "" without context) is metadata, not a message —
        // plural rules come from PluralRules; fuzzy and empty translations must fall back to the msgid.
        var isHeader = id.Length == 0 && _context is null;
        if (isHeader || _fuzzy || translations.Any(t => t.Length == 0))
        {
            return null;
        }

        return new PoEntry(_context?.ToString(), id, _pluralId?.ToString(), translations);
    }

    private void Require(bool condition, int lineNumber, string message)
    {
        if (!condition)
        {
            throw new PoParseException(sourceName, lineNumber, message);
        }
    }
}
