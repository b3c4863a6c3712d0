using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Entries",
    Name = "Entries",
    Category = "Stocktaking",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Taxonomies", "StocktakingCms.Calls", "StocktakingCms.Media"],
    Description = "The stocktaking entry (project) with its classification, images and documents; the admin list of entries; the public submission form and My entries.")]
