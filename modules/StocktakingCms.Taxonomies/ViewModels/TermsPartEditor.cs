namespace StocktakingCms.Taxonomies.ViewModels;

/// <summary>The taxonomy fields of an editor, bound back as <c>TermsPart.Fields[name]</c>.</summary>
public sealed class TermsPartEditor
{
    public Dictionary<string, List<string>> Fields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Not posted: how each field is shown.</summary>
    public List<TermFieldEditor> Editors { get; set; } = [];
}

/// <summary>One field: checkboxes or radio buttons for short lists, a select for long ones.</summary>
public sealed record TermFieldEditor(string Name, string Label, bool Multiple, bool Required, IReadOnlyList<TermOption> Options)
{
    /// <summary>Lists longer than this are a select (countries, SDG targets), shorter ones are boxes.</summary>
    public const int BoxLimit = 30;

    public bool UseBoxes => Options.Count <= BoxLimit;
}

public sealed record TermOption(string Code, string Label, int Depth, bool Selectable, bool Selected);

/// <summary>One field of an item's terms on its public page.</summary>
public sealed record TermDisplayGroup(string Label, IReadOnlyList<TermDisplayLink> Terms);

public sealed record TermDisplayLink(string Name, string? Url);
