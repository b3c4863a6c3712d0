namespace StocktakingCms.Admin.ViewModels;

/// <summary>Figures on the dashboard: items per type, published and draft.</summary>
public sealed class DashboardViewModel
{
    public required string SiteName { get; init; }

    public required IReadOnlyList<TypeCount> Types { get; init; }

    public sealed record TypeCount(string Type, string DisplayName, int Published, int Drafts);
}

/// <summary>One row of the module list.</summary>
public sealed record ModuleRow(string Id, string Name, string Category, string Description, IReadOnlyList<string> Dependencies, bool Enabled, bool NeedsRestart, bool AlwaysEnabled);
