using Microsoft.Data.Sqlite;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Core.Data;

/// <summary>The provider and the connection string the site uses, resolved once at start.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// <c>ConnectionStrings:Default</c> when given, else a SQLite file in the data folder. SQLite
    /// waits up to 15 s for a lock instead of failing at once with "database is locked".
    /// </summary>
    public static DatabaseSettings Resolve(DatabaseProvider provider, string? connectionString, string dataPath)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Stocktaking:Database:Provider is Postgres but ConnectionStrings:Default is empty.");
            }

            return new DatabaseSettings(provider, connectionString);
        }

        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(dataPath, "stocktaking.db")}"
                : connectionString)
        {
            DefaultTimeout = 15,
            Pooling = true,
        };
        return new DatabaseSettings(provider, builder.ToString());
    }
}
