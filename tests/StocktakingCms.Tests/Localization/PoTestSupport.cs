using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Tests.Localization;

/// <summary>
/// An assembly whose manifest resources are given PO texts, so tests run the store's real
/// GetManifestResourceStream path without a module project embedding files.
/// </summary>
internal sealed class PoResourceAssembly(string assemblyName, IReadOnlyDictionary<string, string> resources) : Assembly
{
    public int ReadCount { get; private set; }

    public override string FullName => assemblyName;

    public override AssemblyName GetName(bool copiedName) => new(assemblyName);

    public override string[] GetManifestResourceNames() => [.. resources.Keys];

    public override Stream? GetManifestResourceStream(string name)
    {
        if (!resources.TryGetValue(name, out var text))
        {
            return null;
        }

        ReadCount++;
        return new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
    }

    public override bool Equals(object? o) => ReferenceEquals(this, o);

    public override int GetHashCode() => assemblyName.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Sets the current culture and UI culture for one test; they flow per async context.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
        : this(CultureInfo.GetCultureInfo(name))
    {
    }

    public CultureScope(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

internal sealed class TestWebHostEnvironment(string applicationName) : IWebHostEnvironment
{
    public string ApplicationName { get; set; } = applicationName;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

    public string ContentRootPath { get; set; } = "/";

    public string EnvironmentName { get; set; } = "Testing";

    public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

    public string WebRootPath { get; set; } = "/";
}

internal static class PoStores
{
    public static PoCatalogStore Create(params Assembly[] assemblies)
    {
        var options = new PoLocalizationOptions();
        options.Assemblies.AddRange(assemblies);
        return new PoCatalogStore(Options.Create(options));
    }
}
