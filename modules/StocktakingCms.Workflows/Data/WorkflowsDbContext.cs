using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Data;

namespace StocktakingCms.Workflows.Data;

/// <summary>Where each followed item stands, and the append-only record of how it got there.</summary>
public abstract class WorkflowsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();

    public DbSet<WorkflowHistoryEntry> History => Set<WorkflowHistoryEntry>();

    public DbSet<WorkflowTimer> Timers => Set<WorkflowTimer>();

    public DbSet<WorkflowComment> Comments => Set<WorkflowComment>();

    /// <summary>Owned and migrated by the Taxonomies module, read here only (decision 005): the queue's term filters.</summary>
    public DbSet<TermLink> TermLinks => Set<TermLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowInstance>(instance =>
        {
            instance.ToTable("WorkflowInstances");
            instance.Property(i => i.ContentItemId).HasMaxLength(26).IsRequired();
            instance.Property(i => i.WorkflowType).HasMaxLength(100).IsRequired();
            instance.Property(i => i.State).HasMaxLength(100).IsRequired();
            instance.Property(i => i.AssigneeUserId).HasMaxLength(450);
            instance.Property(i => i.SubmitterUserId).HasMaxLength(450);
            instance.Property(i => i.Title).HasMaxLength(500);
            instance.Property(i => i.Culture).HasMaxLength(16);
            instance.Property(i => i.Version).IsConcurrencyToken();
            instance.HasIndex(i => new { i.ContentItemId, i.WorkflowType }).IsUnique();
            instance.HasIndex(i => new { i.IsWaiting, i.State, i.EnteredStateUtc });
        });

        modelBuilder.Entity<WorkflowHistoryEntry>(entry =>
        {
            entry.ToTable("WorkflowHistory");
            entry.Property(e => e.FromState).HasMaxLength(100);
            entry.Property(e => e.ToState).HasMaxLength(100).IsRequired();
            entry.Property(e => e.Transition).HasMaxLength(100).IsRequired();
            entry.Property(e => e.UserId).HasMaxLength(450);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.Comment).HasMaxLength(4000);
            entry.HasIndex(e => new { e.InstanceId, e.Id });
        });

        modelBuilder.Entity<WorkflowTimer>(timer =>
        {
            timer.ToTable("WorkflowTimers");
            timer.Property(t => t.State).HasMaxLength(100).IsRequired();
            timer.Property(t => t.Name).HasMaxLength(100).IsRequired();
            timer.Property(t => t.ClaimedBy).HasMaxLength(200);
            timer.Property(t => t.FiredBy).HasMaxLength(200);
            timer.Property(t => t.LastError).HasMaxLength(WorkflowTimer.ErrorLength);
            timer.HasIndex(t => new { t.FiredUtc, t.CancelledUtc, t.DueUtc });
            timer.HasIndex(t => t.InstanceId);
        });

        modelBuilder.Entity<WorkflowComment>(comment =>
        {
            comment.ToTable("WorkflowComments");
            comment.Property(c => c.UserId).HasMaxLength(450).IsRequired();
            comment.Property(c => c.UserName).HasMaxLength(256).IsRequired();
            comment.Property(c => c.Side).HasMaxLength(16).IsRequired();
            comment.Property(c => c.Text).HasMaxLength(WorkflowComment.MaxLength).IsRequired();
            comment.HasIndex(c => new { c.InstanceId, c.Id });
        });

        modelBuilder.Entity<TermLink>(link => link.ToTable("TermLinks", table => table.ExcludeFromMigrations()));
    }
}

public sealed class SqliteWorkflowsDbContext(DbContextOptions<SqliteWorkflowsDbContext> options) : WorkflowsDbContext(options);

public sealed class PostgresWorkflowsDbContext(DbContextOptions<PostgresWorkflowsDbContext> options) : WorkflowsDbContext(options);

public sealed class SqliteWorkflowsDbContextFactory : SqliteDesignTimeFactory<SqliteWorkflowsDbContext>;

public sealed class PostgresWorkflowsDbContextFactory : PostgresDesignTimeFactory<PostgresWorkflowsDbContext>;
