using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Media",
    Name = "Media",
    Category = "Content",
    Description = "Images (JPEG, PNG, WebP) and PDF documents attached to content: checked by content, stored outside the web root, served only to those who may see them.")]
