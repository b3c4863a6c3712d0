using StocktakingCms.Core.Modules;

namespace StocktakingCms.Home;

public sealed class Startup : ModuleStartup;
