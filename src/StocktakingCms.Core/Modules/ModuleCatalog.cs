using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace StocktakingCms.Core.Modules;

/// <summary>
/// The installed modules, discovered from the host's references and ordered so that every
/// module comes after the modules it depends on (themes last among equals).
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byId;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        var list = modules.ToList();
        _byId = new Dictionary<string, ModuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in list)
        {
            if (!_byId.TryAdd(module.Id, module))
            {
                throw new ModuleLoadException($"Two assemblies declare the module '{module.Id}'.");
            }
        }

        Modules = Order(list, _byId);
        AlwaysEnabledIds = Modules.Where(m => m.Manifest.AlwaysEnabled)
            .SelectMany(m => WithDependencies(m))
            .Select(m => m.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The modules that can never be switched off: those marked always-on and, since they cannot
    /// run without them, the modules they depend on.
    /// </summary>
    public IReadOnlySet<string> AlwaysEnabledIds { get; }

    public bool IsAlwaysEnabled(string id) => AlwaysEnabledIds.Contains(id);

    /// <summary>The module and, transitively, every module it depends on.</summary>
    public IEnumerable<ModuleDescriptor> WithDependencies(ModuleDescriptor module)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<ModuleDescriptor>([module]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current.Id))
            {
                continue;
            }

            yield return current;
            foreach (var dependency in current.Dependencies)
            {
                pending.Push(_byId[dependency]);
            }
        }
    }

    /// <summary>All installed modules, dependencies first.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public ModuleDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The module an assembly belongs to, if it is one.</summary>
    public ModuleDescriptor? FindByAssembly(Assembly assembly) =>
        Modules.FirstOrDefault(module => module.Assembly == assembly);

    /// <summary>
    /// Finds every module among the host's project references. The host's dependency manifest
    /// (.deps.json) is read rather than its metadata, because the compiler drops references to
    /// assemblies whose types the host never names, and a host names no module.
    /// </summary>
    public static ModuleCatalog Discover(Assembly hostAssembly)
    {
        var names = DependencyContext.Load(hostAssembly)?.RuntimeLibraries
            .Where(library => library.Type == "project")
            .Select(library => library.Name)
            .ToList() ?? [];
        var modules = new List<ModuleDescriptor>();
        foreach (var name in names.Append(hostAssembly.GetName().Name!).Distinct(StringComparer.Ordinal))
        {
            var assembly = Assembly.Load(new AssemblyName(name));
            if (assembly.GetCustomAttribute<ModuleAttribute>() is { } manifest)
            {
                modules.Add(new ModuleDescriptor(manifest, assembly));
            }
        }

        return new ModuleCatalog(modules);
    }

    private static List<ModuleDescriptor> Order(
        List<ModuleDescriptor> modules, Dictionary<string, ModuleDescriptor> byId)
    {
        var ordered = new List<ModuleDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done
        foreach (var module in modules.OrderBy(m => m.Manifest.IsTheme).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module, []);
        }

        return ordered;

        void Visit(ModuleDescriptor module, List<string> path)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (!done)
                {
                    throw new ModuleLoadException(
                        $"The modules depend on each other in a cycle: {string.Join(" -> ", path.Append(module.Id))}.");
                }

                return;
            }

            state[module.Id] = false;
            foreach (var dependencyId in module.Dependencies)
            {
                if (!byId.TryGetValue(dependencyId, out var dependency))
                {
                    throw new ModuleLoadException(
                        $"The module '{module.Id}' depends on '{dependencyId}', which is not installed.");
                }

                Visit(dependency, [.. path, module.Id]);
            }

            state[module.Id] = true;
            ordered.Add(module);
        }
    }
}
