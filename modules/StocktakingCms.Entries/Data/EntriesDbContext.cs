using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Entries.Submissions;
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

    public DbSet<Submission> Submissions => Set<Submission>();

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

        modelBuilder.Entity<Submission>(submission =>
        {
            submission.ToTable("Submissions");
            submission.HasKey(s => s.Id);
            submission.Property(s => s.Id).HasMaxLength(26);
            submission.Property(s => s.OwnerUserId).HasMaxLength(450).IsRequired();
            submission.Property(s => s.Culture).HasMaxLength(16);
            submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
            submission.Property(s => s.ContentItemId).HasMaxLength(26);
            submission.Property(s => s.CallContentItemId).HasMaxLength(26);
            submission.Property(s => s.Title).HasMaxLength(300);
            submission.Property(s => s.ReviewerComment).HasMaxLength(4000);
            submission.Property(s => s.Version).IsConcurrencyToken();
            submission.HasIndex(s => new { s.OwnerUserId, s.UpdatedUtc });
            submission.HasIndex(s => s.ContentItemId);
        });

        // Owned and migrated by the Taxonomies module; read here only.
        modelBuilder.Entity<TermLink>(link => link.ToTable("TermLinks", table => table.ExcludeFromMigrations()));
    }
}

public sealed class SqliteEntriesDbContext(DbContextOptions<SqliteEntriesDbContext> options) : EntriesDbContext(options);

public sealed class PostgresEntriesDbContext(DbContextOptions<PostgresEntriesDbContext> options) : EntriesDbContext(options);

public sealed class SqliteEntriesDbContextFactory : SqliteDesignTimeFactory<SqliteEntriesDbContext>;

public sealed class PostgresEntriesDbContextFactory : PostgresDesignTimeFactory<PostgresEntriesDbContext>;
