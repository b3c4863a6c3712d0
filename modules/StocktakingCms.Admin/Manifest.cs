using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Admin",
    Name = "Admin",
    Category = "Admin",
    AlwaysEnabled = true,
    Description = "The admin dashboard, the module list and the menu that modules contribute to.")]
