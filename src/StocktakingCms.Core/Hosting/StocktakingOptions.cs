namespace StocktakingCms.Core.Hosting;

/// <summary>The <c>Stocktaking</c> configuration section. Names are part of the operator contract.</summary>
public sealed class StocktakingOptions
{
    public const string Section = "Stocktaking";

    /// <summary>Where the site keeps its files: SQLite database, uploads, mail drop, generated password.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>
    /// The site's public address, e.g. <c>https://stocktaking.example.org</c>, for links sent by
    /// e-mail. Set it in production: without it, links use the host of the request that sent the
    /// mail, which a proxy may have rewritten.
    /// </summary>
    public string? PublicUrl { get; set; }

    public SetupOptions Setup { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Module ids switched off by configuration: they are not loaded at all.</summary>
    public List<string> DisabledModules { get; set; } = [];

    public sealed class SetupOptions
    {
        /// <summary>The recipe run on first start, by name: <c>recipes/{Recipe}.recipe.json</c>.</summary>
        public string Recipe { get; set; } = "stocktaking";

        public string? SiteName { get; set; }

        public string AdminUserName { get; set; } = "admin";

        public string? AdminEmail { get; set; }

        public string? AdminPassword { get; set; }
    }

    public sealed class DatabaseOptions
    {
        public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
