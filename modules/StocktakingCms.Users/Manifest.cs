using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Users",
    Name = "Users",
    Category = "Security",
    AlwaysEnabled = true,
    Dependencies = ["StocktakingCms.Email", "StocktakingCms.Taxonomies"],
    Description = "Accounts: sign-in, registration with e-mail confirmation, password reset, profile, personal data, and their admin.")]
