using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.AdminTheme",
    Name = "Admin theme",
    Category = "Theme",
    IsTheme = true,
    AlwaysEnabled = true,
    Description = "The admin layout and menu.")]
