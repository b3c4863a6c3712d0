using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Theme",
    Name = "Stocktaking theme",
    Category = "Theme",
    IsTheme = true,
    AlwaysEnabled = true,
    Description = "The public layout in six languages, right-to-left for Arabic.")]
