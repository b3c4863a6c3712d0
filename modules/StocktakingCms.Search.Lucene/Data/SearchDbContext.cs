using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Search.Lucene.Data;

/// <summary>The tables of the Search module: the indexing-task log and each node's place in it.</summary>
public abstract class SearchDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<IndexingTask> Tasks => Set<IndexingTask>();

    public DbSet<SearchNode> Nodes => Set<SearchNode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IndexingTask>(task =>
        {
            task.ToTable("SearchIndexingTasks");
            task.Property(t => t.LocalizationSet).HasMaxLength(IndexingTask.IdLength).IsRequired();
            task.Property(t => t.ContentItemId).HasMaxLength(IndexingTask.IdLength).IsRequired();
            task.HasIndex(t => t.CreatedUtc);
        });
        modelBuilder.Entity<SearchNode>(node =>
        {
            node.ToTable("SearchNodes");
            node.HasKey(n => n.Id);
            node.Property(n => n.Id).HasMaxLength(SearchNode.IdLength);
        });
    }
}

public sealed class SqliteSearchDbContext(DbContextOptions<SqliteSearchDbContext> options) : SearchDbContext(options);

public sealed class PostgresSearchDbContext(DbContextOptions<PostgresSearchDbContext> options) : SearchDbContext(options);

public sealed class SqliteSearchDbContextFactory : SqliteDesignTimeFactory<SqliteSearchDbContext>;

public sealed class PostgresSearchDbContextFactory : PostgresDesignTimeFactory<PostgresSearchDbContext>;
