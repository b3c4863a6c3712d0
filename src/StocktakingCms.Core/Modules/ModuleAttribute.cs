namespace StocktakingCms.Core.Modules;

/// <summary>
/// Marks an assembly as a module and carries its manifest. Declared once per module in
/// <c>Manifest.cs</c>, so the manifest is pure data that can be read without running the module.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id) : Attribute
{
    public string Id { get; } = id;

    public string Name { get; init; } = id;

    public string Description { get; init; } = "";

    public string Category { get; init; } = "General";

    /// <summary>Ids of the modules this one builds on; they start before it.</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>A theme is a module whose views override other modules' views.</summary>
    public bool IsTheme { get; init; }

    /// <summary>Always-on modules (the admin shell, sign-in) cannot be switched off.</summary>
    public bool AlwaysEnabled { get; init; }
}
