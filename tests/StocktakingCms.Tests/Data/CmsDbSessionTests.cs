using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Tests.Data;

/// <summary>The session's transaction hooks, on an in-memory SQLite connection (no context needed).</summary>
public sealed class CmsDbSessionTests : IAsyncLifetime
{
    private readonly CmsDbSession _session = new(new DbConnectionFactory(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:")));
    private readonly List<string> _ran = [];

    [Fact]
    public async Task Should_run_rollback_actions_and_not_commit_actions_when_the_transaction_rolls_back()
    {
        await using (await _session.BeginTransactionAsync())
        {
            Hook();
        }

        Assert.Equal(["rollback"], _ran);
    }

    [Fact]
    public async Task Should_run_rollback_actions_registered_in_an_inner_scope_when_the_outer_scope_rolls_back()
    {
        await using (await _session.BeginTransactionAsync())
        {
            await using var inner = await _session.BeginTransactionAsync();
            Hook();
            await inner.CommitAsync();
            Assert.Empty(_ran);
        }

        Assert.Equal(["rollback"], _ran);
    }

    [Fact]
    public async Task Should_run_rollback_actions_when_a_failed_inner_scope_makes_the_outer_commit_throw()
    {
        var outer = await _session.BeginTransactionAsync();
        await using (await _session.BeginTransactionAsync())
        {
            Hook();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(outer.CommitAsync);
        Assert.Equal(["rollback"], _ran);
    }

    [Fact]
    public async Task Should_run_only_commit_actions_when_the_transaction_commits()
    {
        await using (var transaction = await _session.BeginTransactionAsync())
        {
            Hook();
            await transaction.CommitAsync();
        }

        // The next transaction starts with no leftover actions.
        await using (await _session.BeginTransactionAsync())
        {
        }

        Assert.Equal(["commit"], _ran);
    }

    [Fact]
    public async Task Should_run_rollback_actions_when_the_session_ends_with_a_transaction_still_open()
    {
        await _session.BeginTransactionAsync();
        Hook();

        await _session.DisposeAsync();

        Assert.Equal(["rollback"], _ran);
    }

    [Fact]
    public void Should_ignore_rollback_actions_outside_a_transaction()
    {
        Hook();

        Assert.Equal(["commit"], _ran);
    }

    private void Hook()
    {
        _session.AfterCommit(() => _ran.Add("commit"));
        _session.AfterRollback(() => _ran.Add("rollback"));
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await _session.DisposeAsync();
}
