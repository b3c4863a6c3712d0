using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Search.Lucene",
    Name = "Search",
    Category = "Stocktaking",
    Dependencies = ["StocktakingCms.Contents", "StocktakingCms.Taxonomies", "StocktakingCms.Entries"],
    Description = "Full-text search of published entries in the six languages, with facets: the search page, GET /api/entries and the index status page.")]
