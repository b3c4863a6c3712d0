using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Taxonomies",
    Name = "Taxonomies",
    Category = "Content",
    Dependencies = ["StocktakingCms.Contents"],
    Description = "Trees of terms named in the six languages (action lines, SDGs, countries...), taxonomy fields, term pages and special repositories.")]
