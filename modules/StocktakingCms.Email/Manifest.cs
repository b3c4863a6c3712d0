using StocktakingCms.Core.Modules;

[assembly: Module(
    "StocktakingCms.Email",
    Name = "E-mail",
    Category = "Site",
    AlwaysEnabled = true,
    Description = "Templated mails in the recipient's language through a transactional outbox, sent over SMTP or written as .eml files.")]
