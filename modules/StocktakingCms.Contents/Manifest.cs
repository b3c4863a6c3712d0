using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Contents",
    Name = "Contents",
    Category = "Content",
    Description = "Edit, preview, publish and version content in the admin; titles, Markdown bodies, slugs and the Page type.")]
