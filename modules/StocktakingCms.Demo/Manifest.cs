using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Demo",
    Name = "Demo data",
    Category = "Development",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Taxonomies", "StocktakingCms.Entries", "StocktakingCms.Search.Lucene"],
    Description = "The seed-demo command: realistic, deterministic entries in the six languages, published and indexed, for demonstrations and benchmarks.")]
