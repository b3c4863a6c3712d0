using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Media.Data;

/// <summary>The table of the Media module: one row per stored file.</summary>
public abstract class MediaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

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
    }
}

public sealed class SqliteMediaDbContext(DbContextOptions<SqliteMediaDbContext> options) : MediaDbContext(options);

public sealed class PostgresMediaDbContext(DbContextOptions<PostgresMediaDbContext> options) : MediaDbContext(options);

public sealed class SqliteMediaDbContextFactory : SqliteDesignTimeFactory<SqliteMediaDbContext>;

public sealed class PostgresMediaDbContextFactory : PostgresDesignTimeFactory<PostgresMediaDbContext>;
