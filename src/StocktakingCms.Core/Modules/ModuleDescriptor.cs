using System.Reflection;

namespace StocktakingCms.Core.Modules;

/// <summary>A discovered module: its manifest, its assembly and its startup, if it has one.</summary>
public sealed class ModuleDescriptor(ModuleAttribute manifest, Assembly assembly)
{
    public ModuleAttribute Manifest { get; } = manifest;

    public Assembly Assembly { get; } = assembly;

    public string Id => Manifest.Id;

    public IReadOnlyList<string> Dependencies => Manifest.Dependencies;

    public override string ToString() => Id;
}
