using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StocktakingCms.Core.Data;

/// <summary>
/// Base for a module's design-time factory, used only by <c>dotnet ef migrations add</c>:
/// <c>public sealed class Factory : SqliteDesignTimeFactory&lt;SqliteFooDbContext&gt;;</c>
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

/// <summary>The PostgreSQL twin of <see cref="SqliteDesignTimeFactory{TContext}"/>; no server is contacted.</summary>
public abstract class PostgresDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design_time").Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
