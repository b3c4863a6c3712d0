using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Media.Data;

/// <summary>The tables of the Media module: one row per stored file, and which content items use it.</summary>
public abstract class MediaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

    public DbSet<MediaUsage> MediaUsages => Set<MediaUsage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaFile>(file =>
        {
            file.ToTable("MediaFiles");
            file.HasKey(f => f.Id);
            file.Property(f => f.Id).HasMaxLength(26);
            file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
            // Names are cut to MediaFileNames.MaxLength; the column leaves room should that grow.
            file.Property(f => f.FileName).HasMaxLength(255).IsRequired();
            file.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
            file.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
            file.Property(f => f.OwnerUserId).HasMaxLength(450);
            // The admin list: newest first.
            file.HasIndex(f => f.CreatedUtc);
            file.HasIndex(f => f.OwnerUserId);
        });
        modelBuilder.Entity<MediaUsage>(usage =>
        {
            usage.ToTable("MediaUsages");
            usage.HasKey(u => new { u.MediaId, u.ContentItemId, u.Published });
            usage.Property(u => u.MediaId).HasMaxLength(26);
            usage.Property(u => u.ContentItemId).HasMaxLength(26);
            // Rewriting an item's usages reads them by item.
            usage.HasIndex(u => new { u.ContentItemId, u.Published });
        });
    }
}

public sealed class SqliteMediaDbContext(DbContextOptions<SqliteMediaDbContext> options) : MediaDbContext(options);

public sealed class PostgresMediaDbContext(DbContextOptions<PostgresMediaDbContext> options) : MediaDbContext(options);

public sealed class SqliteMediaDbContextFactory : SqliteDesignTimeFactory<SqliteMediaDbContext>;

public sealed class PostgresMediaDbContextFactory : PostgresDesignTimeFactory<PostgresMediaDbContext>;
