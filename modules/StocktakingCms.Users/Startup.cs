using StocktakingCms.Core.Modules;

namespace StocktakingCms.Users;

/// <summary>Identity itself is part of the kernel; this module brings its screens.</summary>
public sealed class Startup : ModuleStartup;
