using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Localization;
using StocktakingCms.Localization.Services;

namespace StocktakingCms.Localization.ViewModels;

/// <summary>The coverage page's query: <c>?missing=ru&amp;type=Page&amp;page=2</c> lists the pages without a Russian version.</summary>
public sealed class CoverageFilter
{
    public string? Type { get; set; }

    public string? Missing { get; set; }

    public int Page { get; set; } = 1;
}

public sealed class CoverageViewModel
{
    public required CoverageFilter Filter { get; init; }

    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }

    public required IReadOnlyList<TypeCoverage> Rows { get; init; }

    /// <summary>The culture whose missing items are listed, when one was chosen.</summary>
    public CmsCulture? MissingIn { get; init; }

    /// <summary>The display name of the type the list is limited to, if any.</summary>
    public string? TypeName { get; init; }

    public MissingPage? Missing { get; init; }
}
