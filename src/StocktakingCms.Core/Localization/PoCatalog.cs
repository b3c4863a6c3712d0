using System.Collections.Frozen;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// All translations for one culture, merged from the PO files of every module and theme.
/// Immutable once built, so request threads read it without locks.
/// </summary>
public sealed class PoCatalog
{
    // gettext itself joins msgctxt and msgid with EOT; it cannot occur in either.
    private const char ContextSeparator = '\u0004';

    private readonly FrozenDictionary<string, PoEntry> _entries;

    /// <param name="entries">In priority order: a later entry with the same (context, id) wins.</param>
    public PoCatalog(string cultureName, IEnumerable<PoEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        ArgumentNullException.ThrowIfNull(entries);
        CultureName = cultureName;

        var map = new Dictionary<string, PoEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[Key(entry.Context, entry.Id)] = entry;
        }

        _entries = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string CultureName { get; }

    public int Count => _entries.Count;

    public IEnumerable<PoEntry> Entries => _entries.Values;

    /// <summary>The entry for (context, id), else the context-free one for id.</summary>
    public PoEntry? Find(string id, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (context is not null && _entries.TryGetValue(Key(context, id), out var contextual))
        {
            return contextual;
        }

        return _entries.GetValueOrDefault(Key(null, id));
    }

    /// <summary>The translation, or null when the message is not translated for this culture.</summary>
    public string? GetTranslation(string id, string? context = null) => Find(id, context)?.Translations[0];

    /// <summary>
    /// The plural form for <paramref name="count"/> of the entry whose msgid is the singular, or
    /// null when there is no such plural entry or it lacks that form.
    /// </summary>
    public string? GetPluralTranslation(string id, int count, string? context = null)
    {
        var entry = Find(id, context);
        if (entry?.PluralId is null)
        {
            return null;
        }

        var index = PluralRules.GetIndex(CultureName, count);
        return index < entry.Translations.Count ? entry.Translations[index] : null;
    }

    private static string Key(string? context, string id) => context is null ? id : context + ContextSeparator + id;
}
