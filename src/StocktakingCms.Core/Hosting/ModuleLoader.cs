using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Hosting;

/// <summary>
/// Loads the switched-on modules into the application: their startups' services and their MVC
/// parts (controllers and compiled views). Switched-off modules contribute nothing.
/// </summary>
public static class ModuleLoader
{
    public static IReadOnlyList<ModuleStartup> CreateStartups(IEnumerable<ModuleDescriptor> modules) =>
    [
        .. modules.Select(module => module.Assembly.GetTypes()
                .FirstOrDefault(t => t.IsSubclassOf(typeof(ModuleStartup)) && !t.IsAbstract))
            .OfType<Type>()
            .Select(type => (ModuleStartup)Activator.CreateInstance(type)!),
    ];

    public static void ConfigureServices(
        IEnumerable<ModuleStartup> startups, IServiceCollection services, IConfiguration configuration)
    {
        foreach (var startup in startups)
        {
            startup.ConfigureServices(services, configuration);
        }
    }

    /// <summary>
    /// Keeps only the MVC parts of loaded modules, and puts themes' parts right after the host's
    /// so a theme's view wins over a module's view at the same path (MVC takes the first match).
    /// </summary>
    public static void ArrangeParts(ApplicationPartManager parts, ModuleCatalog catalog, IReadOnlySet<string> loaded, Assembly host)
    {
        // Modules referenced only through other modules are not found by MVC's default discovery.
        foreach (var module in catalog.Modules.Where(m => loaded.Contains(m.Id)))
        {
            if (parts.ApplicationParts.All(p => AssemblyOf(p) != module.Assembly))
            {
                parts.ApplicationParts.Add(new AssemblyPart(module.Assembly));
                parts.ApplicationParts.Add(new CompiledRazorAssemblyPart(module.Assembly));
            }
        }

        bool IsSwitchedOff(ApplicationPart part) =>
            AssemblyOf(part) is { } assembly && catalog.FindByAssembly(assembly) is { } module && !loaded.Contains(module.Id);

        foreach (var part in parts.ApplicationParts.Where(IsSwitchedOff).ToList())
        {
            parts.ApplicationParts.Remove(part);
        }

        var themeParts = parts.ApplicationParts
            .Where(p => AssemblyOf(p) is { } a && catalog.FindByAssembly(a)?.Manifest.IsTheme == true)
            .ToList();
        foreach (var part in themeParts)
        {
            parts.ApplicationParts.Remove(part);
        }

        var hostIndex = parts.ApplicationParts.ToList().FindLastIndex(p => AssemblyOf(p) == host);
        for (var i = 0; i < themeParts.Count; i++)
        {
            parts.ApplicationParts.Insert(hostIndex + 1 + i, themeParts[i]);
        }
    }

    private static Assembly? AssemblyOf(ApplicationPart part) => part switch
    {
        AssemblyPart assemblyPart => assemblyPart.Assembly,
        CompiledRazorAssemblyPart razorPart => razorPart.Assembly,
        _ => null,
    };
}
