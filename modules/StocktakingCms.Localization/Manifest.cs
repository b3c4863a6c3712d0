using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Localization",
    Name = "Content translation",
    Category = "Content",
    Dependencies = ["StocktakingCms.Contents"],
    Description = "Translate content items into the six languages: the translate action, the translations of each item in its editor, the coverage table per language, and sitemap.xml with each page's translations.")]
