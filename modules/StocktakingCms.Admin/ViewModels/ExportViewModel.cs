namespace StocktakingCms.Admin.ViewModels;

/// <summary>The export form: whether to include content, and of which types.</summary>
public sealed class ExportViewModel
{
    public bool IncludeContent { get; set; } = true;

    public List<string> ContentTypes { get; set; } = [];

    /// <summary>Every content type, by name, with its display name.</summary>
    public IReadOnlyList<(string Name, string DisplayName)> AvailableTypes { get; set; } = [];
}
