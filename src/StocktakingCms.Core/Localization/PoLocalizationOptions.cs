using System.Reflection;

namespace StocktakingCms.Core.Localization;

/// <summary>Where <see cref="PoCatalogStore"/> looks for PO files.</summary>
public sealed class PoLocalizationOptions
{
    /// <summary>
    /// Module and theme assemblies embedding <c>Localization/{culture}.po</c>. Order is priority:
    /// a later assembly's translation of the same message wins, so list themes after modules.
    /// </summary>
    public List<Assembly> Assemblies { get; } = [];
}
