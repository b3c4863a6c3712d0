using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StocktakingCms.Core.Data;

/// <summary>
/// Brings the database schema up to date at start: the kernel's migrations, then each module's,
/// in module order. Modules switched off still migrate: their tables stay consistent, so
/// switching them back on needs no schema work.
/// </summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IEnumerable<MigratedContext> contexts, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<CmsDbSession>();
        if (session.Connection is SqliteConnection sqlite)
        {
            // WAL lets visitors read while an editor writes; it is a property of the file, set once.
            await using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var migrated in contexts)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(migrated.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations of {Name}: {Migrations}", pending.Count, migrated.Name, string.Join(", ", pending));
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
    }
}
