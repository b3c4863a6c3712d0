using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Data;

namespace StocktakingCms.Entries.Data;

/// <summary>
/// The Entries tables, plus the Taxonomies module's term links mapped read-only (this module
/// depends on Taxonomies), so an admin filter by action line is one SQL query with EXISTS.
/// </summary>
public abstract class EntriesDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<EntryIndex> Entries => Set<EntryIndex>();

    public DbSet<TermLink> TermLinks => Set<TermLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EntryIndex>(entry =>
        {
            entry.ToTable("EntryIndex");
            entry.Property(e => e.ContentItemId).HasMaxLength(26).IsRequired();
            entry.Property(e => e.LocalizationSet).HasMaxLength(26).IsRequired();
            entry.Property(e => e.Culture).HasMaxLength(16);
            entry.Property(e => e.Title).HasMaxLength(500);
            entry.Property(e => e.TitleSearch).HasMaxLength(500);
            entry.Property(e => e.OrganisationName).HasMaxLength(300);
            entry.HasIndex(e => new { e.ContentItemId, e.Published }).IsUnique();
            entry.HasIndex(e => new { e.Published, e.ModifiedUtc });
            entry.HasIndex(e => new { e.Published, e.Culture, e.ModifiedUtc });
            entry.HasIndex(e => new { e.Published, e.Title });
        });

        // Owned and migrated by the Taxonomies module; read here only.
        modelBuilder.Entity<TermLink>(link => link.ToTable("TermLinks", table => table.ExcludeFromMigrations()));
    }
}

public sealed class SqliteEntriesDbContext(DbContextOptions<SqliteEntriesDbContext> options) : EntriesDbContext(options);

public sealed class PostgresEntriesDbContext(DbContextOptions<PostgresEntriesDbContext> options) : EntriesDbContext(options);

public sealed class SqliteEntriesDbContextFactory : SqliteDesignTimeFactory<SqliteEntriesDbContext>;

public sealed class PostgresEntriesDbContextFactory : PostgresDesignTimeFactory<PostgresEntriesDbContext>;
