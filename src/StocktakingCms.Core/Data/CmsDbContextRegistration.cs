using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Core.Data;

/// <summary>
/// Registers a module's DbContext. Each module owns its tables and its migrations (one folder per
/// provider, in two sealed subclasses of its context) with a migration history of its own, while
/// all contexts of a request share the <see cref="CmsDbSession"/> connection and transaction.
/// </summary>
public static class CmsDbContextRegistration
{
    public static IServiceCollection AddCmsDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, string name)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var historyTable = $"__Migrations_{name}";
        services.AddDbContext<TSqlite>((sp, options) => options.UseSqlite(
            sp.GetRequiredService<CmsDbSession>().Connection,
            sqlite => sqlite.MigrationsHistoryTable(historyTable)));
        services.AddDbContext<TPostgres>((sp, options) => options.UseNpgsql(
            sp.GetRequiredService<CmsDbSession>().Connection,
            npgsql => npgsql.MigrationsHistoryTable(historyTable)));
        services.AddScoped<TContext>(sp =>
        {
            TContext context = sp.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<TPostgres>()
                : sp.GetRequiredService<TSqlite>();
            sp.GetRequiredService<CmsDbSession>().Attach(context);
            return context;
        });
        services.AddSingleton(new MigratedContext(typeof(TContext), name));
        return services;
    }
}

/// <summary>A context whose migrations run at start, in module order.</summary>
public sealed record MigratedContext(Type ContextType, string Name);
