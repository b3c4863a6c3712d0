using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Workflows",
    Name = "Workflows",
    Category = "Stocktaking",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Email", "StocktakingCms.Entries"],
    Description = "Editorial workflows: every submitted entry goes through review and approval, each step on record; the review queue.")]
