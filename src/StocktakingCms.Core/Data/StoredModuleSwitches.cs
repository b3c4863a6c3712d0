using System.Data.Common;
using System.Text.Json;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Core.Data;

/// <summary>
/// Reads the modules switched off in the database before the site's services exist, so those
/// modules are not loaded at all. A database that does not exist yet has none.
/// </summary>
public static class StoredModuleSwitches
{
    public static IReadOnlyList<string> Read(DatabaseSettings settings)
    {
        try
        {
            using var connection = new DbConnectionFactory(settings).Create();
            if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
                && !File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource))
            {
                return [];
            }

            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Json\" FROM \"SiteDocuments\" WHERE \"Key\" = @key";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = nameof(ModuleSwitches);
            command.Parameters.Add(parameter);
            return command.ExecuteScalar() is string json
                ? JsonSerializer.Deserialize<ModuleSwitches>(json, ContentJson.Options)?.Disabled ?? []
                : [];
        }
        catch (DbException)
        {
            // No table yet (first start) or no server: migrations and health checks report the real cause.
            return [];
        }
    }
}
