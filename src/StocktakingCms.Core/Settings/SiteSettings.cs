using StocktakingCms.Core.Localization;

namespace StocktakingCms.Core.Settings;

/// <summary>Site-wide settings, set by the <c>settings</c> recipe step and the admin.</summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "WSIS Stocktaking";

    public string DefaultCulture { get; set; } = "en";

    /// <summary>The cultures the public site offers, in the order of the language bar.</summary>
    public List<string> SupportedCultures { get; set; } = [.. CmsCultures.All];

    /// <summary>Deadlines are set and shown in this zone (Geneva for the ITU).</summary>
    public string TimeZone { get; set; } = "Europe/Zurich";

    /// <summary>Items shown per page in admin lists.</summary>
    public int PageSize { get; set; } = 20;
}

/// <summary>Whether and when the setup recipe ran.</summary>
public sealed class SetupState
{
    public DateTime? CompletedUtc { get; set; }

    public string? Recipe { get; set; }
}

/// <summary>Modules switched off by a recipe or an administrator (stored, applied at every start).</summary>
public sealed class ModuleSwitches
{
    public List<string> Disabled { get; set; } = [];
}
