using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Taxonomies.Data;

/// <summary>The tables of the Taxonomies module: which item is which taxonomy, and term links.</summary>
public abstract class TaxonomiesDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TermLink> TermLinks => Set<TermLink>();

    public DbSet<TaxonomyIndex> Taxonomies => Set<TaxonomyIndex>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TermLink>(link =>
        {
            link.ToTable("TermLinks");
            link.Property(l => l.ContentItemId).HasMaxLength(26).IsRequired();
            link.Property(l => l.LocalizationSet).HasMaxLength(26).IsRequired();
            link.Property(l => l.Culture).HasMaxLength(16);
            link.Property(l => l.ContentType).HasMaxLength(100);
            link.Property(l => l.Field).HasMaxLength(100);
            link.Property(l => l.TaxonomyCode).HasMaxLength(100);
            link.Property(l => l.TermCode).HasMaxLength(100);
            link.HasIndex(l => new { l.TaxonomyCode, l.TermCode, l.Published, l.SortDate });
            // Covers "items carrying this term" (admin filters): no table lookups per matching link.
            link.HasIndex(l => new { l.TaxonomyCode, l.TermCode, l.Published, l.ContentItemId });
            link.HasIndex(l => new { l.ContentItemId, l.Published });
            link.HasIndex(l => new { l.LocalizationSet, l.Published });
        });

        modelBuilder.Entity<TaxonomyIndex>(index =>
        {
            index.ToTable("Taxonomies");
            index.Property(i => i.Code).HasMaxLength(100).IsRequired();
            index.Property(i => i.ContentItemId).HasMaxLength(26).IsRequired();
            index.HasIndex(i => i.Code).IsUnique();
        });
    }
}

public sealed class SqliteTaxonomiesDbContext(DbContextOptions<SqliteTaxonomiesDbContext> options) : TaxonomiesDbContext(options);

public sealed class PostgresTaxonomiesDbContext(DbContextOptions<PostgresTaxonomiesDbContext> options) : TaxonomiesDbContext(options);

public sealed class SqliteTaxonomiesDbContextFactory : SqliteDesignTimeFactory<SqliteTaxonomiesDbContext>;

public sealed class PostgresTaxonomiesDbContextFactory : PostgresDesignTimeFactory<PostgresTaxonomiesDbContext>;
