using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Contents.Data;

/// <summary>The tables of the Contents module.</summary>
public abstract class ContentsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AutorouteEntry> AutorouteEntries => Set<AutorouteEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AutorouteEntry>(entry =>
        {
            entry.ToTable("AutorouteEntries");
            entry.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            entry.Property(e => e.Culture).HasMaxLength(16);
            entry.Property(e => e.Slug).HasMaxLength(200).IsRequired();
            entry.HasIndex(e => new { e.Slug, e.Culture, e.Published });
            entry.HasIndex(e => new { e.ContentItemId, e.Published }).IsUnique();
        });
    }
}

public sealed class SqliteContentsDbContext(DbContextOptions<SqliteContentsDbContext> options) : ContentsDbContext(options);

public sealed class PostgresContentsDbContext(DbContextOptions<PostgresContentsDbContext> options) : ContentsDbContext(options);

public sealed class SqliteContentsDbContextFactory : SqliteDesignTimeFactory<SqliteContentsDbContext>;

public sealed class PostgresContentsDbContextFactory : PostgresDesignTimeFactory<PostgresContentsDbContext>;
