using System.Collections.Immutable;
using System.Reflection;

namespace StocktakingCms.Core.Modules;

/// <summary>
/// Which installed modules are switched on now. Modules switched off when the site started are
/// not loaded at all; a module switched off while the site runs loses its routes, menus,
/// handlers and recipe steps at once, and is left out entirely from the next start. Switching a
/// module on that was not loaded takes effect at the next start.
/// </summary>
public sealed class ModuleState
{
    private readonly ModuleCatalog _catalog;
    private readonly ImmutableHashSet<string> _loaded;
    private ImmutableHashSet<string> _enabled;

    public ModuleState(ModuleCatalog catalog, IEnumerable<string> loadedModuleIds)
    {
        _catalog = catalog;
        _loaded = loadedModuleIds.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        _enabled = _loaded;
    }

    public ModuleCatalog Catalog => _catalog;

    public IReadOnlySet<string> EnabledIds => _enabled;

    public bool IsEnabled(string moduleId) => _enabled.Contains(moduleId);

    /// <summary>Code outside any module (the kernel, the host) is always on.</summary>
    public bool IsEnabled(Assembly assembly) =>
        _catalog.FindByAssembly(assembly) is not { } module || _enabled.Contains(module.Id);

    /// <summary>Leaves out the services that belong to switched-off modules.</summary>
    public IEnumerable<T> Enabled<T>(IEnumerable<T> services) where T : notnull =>
        services.Where(service => IsEnabled(service.GetType().Assembly));

    /// <summary>True when the module is switched on but its code was not loaded at this start.</summary>
    public bool NeedsRestart(string moduleId) => _enabled.Contains(moduleId) && !_loaded.Contains(moduleId);

    /// <summary>
    /// Computes the modules switched off after a change: dependents of a switched-off module go
    /// off with it, and dependencies of a switched-on module come on with it.
    /// </summary>
    public ImmutableHashSet<string> ComputeDisabled(
        IEnumerable<string> currentlyDisabled, IEnumerable<string> enable, IEnumerable<string> disable)
    {
        var disabled = currentlyDisabled.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in enable)
        {
            foreach (var module in _catalog.WithDependencies(Require(id)))
            {
                disabled.Remove(module.Id);
            }
        }

        foreach (var id in disable)
        {
            var module = Require(id);
            if (_catalog.IsAlwaysEnabled(module.Id))
            {
                throw new ModuleLoadException($"The module '{module.Id}' is part of the site's core (or needed by it) and cannot be switched off.");
            }

            disabled.Add(module.Id);
        }

        // A module whose dependency is off cannot run; repeat until nothing changes.
        bool changed;
        do
        {
            changed = false;
            foreach (var module in _catalog.Modules)
            {
                if (!disabled.Contains(module.Id) && module.Dependencies.Any(disabled.Contains))
                {
                    disabled.Add(module.Id);
                    changed = true;
                }
            }
        }
        while (changed);

        return disabled.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Applies a new set of switched-off modules to the running site.</summary>
    public void Apply(IReadOnlySet<string> disabled) =>
        _enabled = _catalog.Modules.Select(m => m.Id).Where(id => !disabled.Contains(id))
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    private ModuleDescriptor Require(string id) =>
        _catalog.Find(id) ?? throw new ModuleLoadException($"No module '{id}' is installed.");
}
