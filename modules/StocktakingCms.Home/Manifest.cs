using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Home",
    Name = "Home",
    Category = "Site",
    Dependencies = ["StocktakingCms.Contents"],
    Description = "Sends / to the visitor's language, the home page of each culture, and the localized error pages.")]
