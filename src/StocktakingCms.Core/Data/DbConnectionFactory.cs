using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Core.Data;

/// <summary>Creates connections for the configured provider and prepares them on open.</summary>
public sealed class DbConnectionFactory(DatabaseSettings settings)
{
    public DatabaseProvider Provider => settings.Provider;

    public DbConnection Create() => settings.Provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnection(settings.ConnectionString),
        _ => new SqliteConnection(settings.ConnectionString),
    };

    public static void Open(DbConnection connection)
    {
        connection.Open();
        if (connection is SqliteConnection)
        {
            // Per connection: SQLite enforces foreign keys only when asked.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = ON;";
            command.ExecuteNonQuery();
        }
    }
}
