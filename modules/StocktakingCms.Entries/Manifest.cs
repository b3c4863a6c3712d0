using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Entries",
    Name = "Entries",
    Category = "Stocktaking",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Taxonomies"],
    Description = "The stocktaking entry (project) with its classification, and the admin list of entries.")]
