using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Users",
    Name = "Users",
    Category = "Security",
    AlwaysEnabled = true,
    Description = "Sign-in with user name or e-mail, lockout after repeated failures, and sign-out.")]
