using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Core.Data;

/// <summary>The kernel's tables: content versions, type definitions, site documents and accounts.</summary>
public abstract class CoreDbContext(DbContextOptions options)
    : IdentityDbContext<CmsUser, CmsRole, string>(options)
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();

    public DbSet<SiteDocument> SiteDocuments => Set<SiteDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var isPostgres = Database.IsNpgsql();

        builder.Entity<ContentItem>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(i => i.Id);
            item.Property(i => i.ContentItemId).HasMaxLength(26).IsRequired();
            item.Property(i => i.ContentItemVersionId).HasMaxLength(26).IsRequired();
            item.Property(i => i.ContentType).HasMaxLength(100).IsRequired();
            item.Property(i => i.DisplayText).HasMaxLength(500);
            item.Property(i => i.Owner).HasMaxLength(450);
            item.Property(i => i.Author).HasMaxLength(450);
            item.Property(i => i.Culture).HasMaxLength(16);
            item.Property(i => i.LocalizationSet).HasMaxLength(26);
            item.Property(i => i.Version).IsConcurrencyToken();
            var content = item.Property(i => i.Content)
                .HasColumnName("Data")
                .HasConversion(
                    document => document.Serialize(),
                    json => ContentDocument.Parse(json),
                    new ValueComparer<ContentDocument>(
                        (a, b) => a!.Serialize() == b!.Serialize(),
                        document => document.Serialize().GetHashCode(StringComparison.Ordinal),
                        document => document.Clone()));
            if (isPostgres)
            {
                content.HasColumnType("jsonb");
            }

            item.HasIndex(i => i.ContentItemVersionId).IsUnique();
            item.HasIndex(i => new { i.ContentItemId, i.Latest, i.Published });
            item.HasIndex(i => new { i.ContentType, i.Latest, i.Deleted, i.ModifiedUtc });
            item.HasIndex(i => new { i.LocalizationSet, i.Culture });
            // A type's items by localization set: the search rebuild reads entries 500 sets at a
            // time. With only the index above, SQLite (no statistics) scanned every entry through
            // the type index for each batch: 93 of a 100,000-entry rebuild's 103 s.
            item.HasIndex(i => new { i.ContentType, i.LocalizationSet });
        });

        builder.Entity<ContentDefinitionRecord>(definition =>
        {
            definition.ToTable("ContentDefinitions");
            definition.HasKey(d => d.Name);
            definition.Property(d => d.Name).HasMaxLength(100);
        });

        builder.Entity<SiteDocument>(document =>
        {
            document.ToTable("SiteDocuments");
            document.HasKey(d => d.Key);
            document.Property(d => d.Key).HasMaxLength(200);
            document.Property(d => d.Version).IsConcurrencyToken();
        });

        builder.Entity<CmsUser>().Property(u => u.PreferredCulture).HasMaxLength(16);
        builder.Entity<CmsUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<CmsUser>().Property(u => u.Organisation).HasMaxLength(300);
        builder.Entity<CmsUser>().Property(u => u.NormalizedDisplayName).HasMaxLength(200);
        builder.Entity<CmsUser>().Property(u => u.NormalizedOrganisation).HasMaxLength(300);
        builder.Entity<CmsUser>().Property(u => u.StakeholderType).HasMaxLength(64);
        builder.Entity<CmsUser>().Property(u => u.Country).HasMaxLength(64);
        builder.Entity<CmsRole>().Property(r => r.Description).HasMaxLength(500);
    }
}

public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options) : CoreDbContext(options);

public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options) : CoreDbContext(options);

public sealed class SqliteCoreDbContextFactory : SqliteDesignTimeFactory<SqliteCoreDbContext>;

public sealed class PostgresCoreDbContextFactory : PostgresDesignTimeFactory<PostgresCoreDbContext>;
