using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Options;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// Builds each culture's <see cref="PoCatalog"/> on first use from the PO files embedded in the
/// configured assemblies (as <c>Localization/{culture}.po</c>) and keeps it for the app's lifetime:
/// PO files are compiled into the modules, so they cannot change while the app runs.
/// </summary>
public sealed class PoCatalogStore(IOptions<PoLocalizationOptions> options)
{
    private readonly Assembly[] _assemblies = [.. options.Value.Assemblies.Distinct()];

    // Lazy so that two first requests in the same culture parse the files once, not twice.
    private readonly ConcurrentDictionary<string, Lazy<PoCatalog>> _catalogs = new(StringComparer.OrdinalIgnoreCase);

    public PoCatalog GetCatalog(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        return _catalogs.GetOrAdd(cultureName, name => new Lazy<PoCatalog>(() => Load(name))).Value;
    }

    /// <summary>The manifest resource name a module uses for a culture's PO file.</summary>
    public static string GetResourceName(string cultureName) => $"Localization/{cultureName}.po";

    private PoCatalog Load(string cultureName)
    {
        var entries = new List<PoEntry>();

        // General culture first, so "fr-CH.po" refines "fr.po" (later entries win in PoCatalog).
        foreach (var name in CultureNames.GetFallbackChain(cultureName).Reverse())
        {
            var resourceName = GetResourceName(name);
            foreach (var assembly in _assemblies)
            {
                var text = ReadResource(assembly, resourceName);
                if (text is not null)
                {
                    entries.AddRange(PoParser.Parse(text, $"{assembly.GetName().Name}:{resourceName}"));
                }
            }
        }

        return new PoCatalog(cultureName, entries);
    }

    private static string? ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
