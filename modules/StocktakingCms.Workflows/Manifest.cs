using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Workflows",
    Name = "Workflows",
    Category = "Stocktaking",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Email", "StocktakingCms.Entries", "StocktakingCms.Calls", "StocktakingCms.Taxonomies"],
    Description = "Editorial workflows: every submitted entry goes through review and approval, calls and letters through approval and publication on their date, each step on record; the review queue.")]
