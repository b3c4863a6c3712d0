namespace StocktakingCms.Entries.Submissions;

/// <summary>A text field of the submission form, rendered by <c>_TextField</c> with its label, hint and errors.</summary>
public sealed record FormField(
    string Name,
    string Label,
    string? Value,
    string? Hint = null,
    bool Multiline = false,
    string Type = "text",
    string Dir = "auto",
    int? MaxLength = null,
    int Rows = 4,
    bool Required = false,
    string? Autocomplete = null);

/// <summary>A single choice among terms (drop-down list), rendered by <c>_TermSelect</c>.</summary>
public sealed record TermSelect(string Name, string Label, IReadOnlyList<TermChoice> Choices, string? Selected, bool Required = false);

/// <summary>Several terms in a tree of check boxes, rendered by <c>_TermCheckboxes</c>.</summary>
public sealed record TermCheckboxes(string Name, string Legend, IReadOnlyList<TermChoice> Choices, IReadOnlyCollection<string> Selected, string? Hint = null, bool Required = false);
