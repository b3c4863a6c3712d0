namespace StocktakingCms.Core.Modules;

/// <summary>The installed modules cannot start together (a cycle, a missing dependency).</summary>
public sealed class ModuleLoadException(string message) : Exception(message);
