using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Email.Data;

/// <summary>The tables of the E-mail module: the outbox.</summary>
public abstract class EmailDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("EmailOutbox");
            message.Property(m => m.Template).HasMaxLength(100).IsRequired();
            message.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.AddressLength).IsRequired();
            message.Property(m => m.ToName).HasMaxLength(200);
            message.Property(m => m.Culture).HasMaxLength(16).IsRequired();
            message.Property(m => m.Subject).HasMaxLength(1000).IsRequired();
            message.Property(m => m.TextBody).IsRequired();
            message.Property(m => m.HtmlBody).IsRequired();
            message.Property(m => m.ClaimToken).HasMaxLength(36);
            message.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
            message.Ignore(m => m.Status);
            // The sender's question: which mails are due? Sent and given-up mails have no next attempt.
            message.HasIndex(m => m.NextAttemptUtc);
            message.HasIndex(m => m.ClaimToken);
        });
    }
}

public sealed class SqliteEmailDbContext(DbContextOptions<SqliteEmailDbContext> options) : EmailDbContext(options);

public sealed class PostgresEmailDbContext(DbContextOptions<PostgresEmailDbContext> options) : EmailDbContext(options);

public sealed class SqliteEmailDbContextFactory : SqliteDesignTimeFactory<SqliteEmailDbContext>;

public sealed class PostgresEmailDbContextFactory : PostgresDesignTimeFactory<PostgresEmailDbContext>;
