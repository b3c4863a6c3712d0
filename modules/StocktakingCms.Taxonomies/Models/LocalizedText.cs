using StocktakingCms.Core.Localization;

namespace StocktakingCms.Taxonomies.Models;

/// <summary>
/// A text in several cultures ("en" → "E-health"). Reading falls back to English, then to any
/// culture, so a visitor never sees an empty label.
/// </summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public LocalizedText(IDictionary<string, string> values)
        : base(values, StringComparer.OrdinalIgnoreCase)
    {
    }

    public string For(string culture) =>
        TryGetValue(culture, out var text) && !string.IsNullOrWhiteSpace(text) ? text
        : TryGetValue(CmsCultures.Default, out var english) && !string.IsNullOrWhiteSpace(english) ? english
        : Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";

    /// <summary>True when <paramref name="culture"/> has its own text (no fallback).</summary>
    public bool Has(string culture) => TryGetValue(culture, out var text) && !string.IsNullOrWhiteSpace(text);
}
