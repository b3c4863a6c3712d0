using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Calls",
    Name = "Calls for entries",
    Category = "Stocktaking",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Taxonomies", "StocktakingCms.Media"],
    Description = "The call for entries: opening and closing dates in Geneva time that open and close submission, the report edition and forum it feeds, and the calls archive.")]
