using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace StocktakingCms.Core.Data;

/// <summary>
/// One database connection per request scope, shared by the kernel's and every module's
/// DbContext, so a content change and the index rows that modules keep for it commit in one
/// transaction even though each module owns its own tables and migrations.
/// </summary>
public sealed class CmsDbSession(DbConnectionFactory connectionFactory) : IAsyncDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private int _depth;
    private bool _rollbackOnly;
    private bool _detectChanges = true;

    /// <summary>The session's connection, opened on first use (EF Core leaves a connection it did not open alone).</summary>
    public DbConnection Connection
    {
        get
        {
            if (_connection is null)
            {
                _connection = connectionFactory.Create();
                DbConnectionFactory.Open(_connection);
            }

            return _connection;
        }
    }

    public bool InTransaction => _transaction is not null;

    /// <summary>Called by the DbContext registration: every context of this scope joins the session.</summary>
    internal void Attach(DbContext context)
    {
        _contexts.Add(context);
        context.ChangeTracker.AutoDetectChangesEnabled = _detectChanges;
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction);
        }
    }

    /// <summary>Saves the pending changes of every context of this scope (kernel and modules).</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var context in _contexts.ToList())
        {
            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Forgets every tracked entity of every context. Bulk work calls this between items: EF Core
    /// compares every tracked entity on each save, so a growing tracker makes each save slower.
    /// </summary>
    public void ClearTracking()
    {
        foreach (var context in _contexts)
        {
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Switches EF Core's automatic change detection off (or on again) in every context of this
    /// scope, present and future. Only for bulk inserts: with it off, a row changed after it was
    /// loaded is not saved, while each look-up in a large tracker (<c>DbSet.Local</c>) no longer
    /// compares every tracked row.
    /// </summary>
    public void DetectChangesAutomatically(bool automatic)
    {
        _detectChanges = automatic;
        foreach (var context in _contexts)
        {
            context.ChangeTracker.AutoDetectChangesEnabled = automatic;
        }
    }

    /// <summary>
    /// Starts a transaction, or joins the one already open: the outermost scope commits. Every
    /// context of the session takes part; a scope disposed without <see cref="CmsTransaction.CommitAsync"/>
    /// rolls the whole transaction back.
    /// </summary>
    public async Task<CmsTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is null)
        {
            _transaction = await Connection.BeginTransactionAsync(cancellationToken);
            foreach (var context in _contexts)
            {
                context.Database.UseTransaction(_transaction);
            }
        }

        _depth++;
        return new CmsTransaction(this, isOutermost: _depth == 1);
    }

    internal async Task EndAsync(bool commit, bool isOutermost)
    {
        _depth--;
        if (!commit)
        {
            // An inner scope failed: the outermost commit must not go through.
            _rollbackOnly = true;
        }

        if (!isOutermost || _transaction is null)
        {
            return;
        }

        var transaction = _transaction;
        var rollback = _rollbackOnly;
        _transaction = null;
        _rollbackOnly = false;
        try
        {
            if (rollback)
            {
                await transaction.RollbackAsync();
                foreach (var context in _contexts)
                {
                    // What was saved in the rolled-back transaction is no longer true.
                    context.ChangeTracker.Clear();
                }
            }
            else
            {
                await transaction.CommitAsync();
            }
        }
        finally
        {
            await transaction.DisposeAsync();
            foreach (var context in _contexts)
            {
                context.Database.UseTransaction(null);
            }
        }

        var afterCommit = _afterCommit;
        var afterRollback = _afterRollback;
        _afterCommit = [];
        _afterRollback = [];
        if (rollback)
        {
            afterRollback.ForEach(action => action());
        }

        if (rollback && commit)
        {
            // Saying nothing would let the caller report a success that was never saved.
            throw new InvalidOperationException(
                "The transaction was rolled back because an operation inside it failed; nothing of it was saved.");
        }

        if (!rollback)
        {
            afterCommit.ForEach(action => action());
        }
    }

    /// <summary>
    /// Runs an action once the current transaction has committed (at once when there is none), so
    /// caches are evicted only when the new state is really in the database.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (_transaction is null)
        {
            action();
            return;
        }

        _afterCommit.Add(action);
    }

    /// <summary>
    /// Runs an action if the current transaction rolls back (never when there is none), to undo
    /// what a transaction cannot: e.g. a file written for a row that was never saved.
    /// </summary>
    public void AfterRollback(Action action)
    {
        if (_transaction is not null)
        {
            _afterRollback.Add(action);
        }
    }

    private List<Action> _afterCommit = [];
    private List<Action> _afterRollback = [];

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            // A transaction left open ends with the scope, rolled back.
            await _transaction.DisposeAsync();
            _transaction = null;
            var afterRollback = _afterRollback;
            _afterRollback = [];
            afterRollback.ForEach(action => action());
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>A transaction scope of a <see cref="CmsDbSession"/>; dispose without commit to roll back.</summary>
public sealed class CmsTransaction : IAsyncDisposable
{
    private readonly CmsDbSession _session;
    private readonly bool _isOutermost;
    private bool _ended;

    internal CmsTransaction(CmsDbSession session, bool isOutermost)
    {
        _session = session;
        _isOutermost = isOutermost;
    }

    public async Task CommitAsync()
    {
        if (!_ended)
        {
            _ended = true;
            await _session.EndAsync(commit: true, _isOutermost);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            _ended = true;
            await _session.EndAsync(commit: false, _isOutermost);
        }
    }
}
