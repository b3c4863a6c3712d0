using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.Search.SearchSupport;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// The indexing log is pruned: a task goes once every node seen lately has applied it and it is
/// older than the retention; a node that has not applied it yet keeps it, until that node has not
/// been seen for longer than the retention.
/// </summary>
public sealed class TaskLogPruningTests(SharedSite shared) : SiteTests(DatabaseProvider.Sqlite, shared)
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Search:PollInterval"] = "00:00:00.200",
        ["Search:SettleWindow"] = "00:00:00.200",
        ["Search:TaskRetention"] = "00:00:02",
    };

    [Fact]
    public async Task Should_delete_tasks_every_node_applied_and_keep_those_a_lagging_node_needs()
    {
        // Another node, seen just now, that has applied nothing of this test yet.
        var lastBefore = await LastTaskIdAsync();
        var lagging = $"lagging{TestEntries.Tag()}";
        await WithDbAsync(db =>
        {
            db.Nodes.Add(new SearchNode { Id = lagging, Cursor = lastBefore, SeenUtc = DateTime.UtcNow.AddDays(1) });
            return db.SaveChangesAsync();
        });

        var kept = await PublishAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await PublishAsync();
        Assert.True(await TaskExistsAsync(kept), "the lagging node has not applied it yet");

        // The lagging node has not been seen for longer than the retention: it is no longer waited for.
        await WithDbAsync(db => db.Nodes.Where(n => n.Id == lagging).ExecuteUpdateAsync(n => n.SetProperty(x => x.SeenUtc, DateTime.UtcNow.AddDays(-1))));
        await PublishAsync();
        await EventuallyAsync(() => TaskExistsAsync(kept), exists => !exists, "the old task is deleted");
        Assert.False(await WithDbAsync(db => db.Nodes.AnyAsync(n => n.Id == lagging)), "the forgotten node's row goes too");
        Assert.True(await WithDbAsync(db => db.Nodes.AnyAsync()), "this node's row stays");
    }

    /// <summary>Publishes an entry, waits until it is searchable, returns the id of its indexing task.</summary>
    private async Task<long> PublishAsync()
    {
        var tag = TestEntries.Tag();
        var id = await TestEntries.CreateAsync(Site, $"Pruning {tag}", publish: true);
        await FindsAsync(Site, "en", tag, id);
        return await WithDbAsync(db => db.Tasks.Where(t => t.ContentItemId == id).MaxAsync(t => t.Id));
    }

    private Task<long> LastTaskIdAsync() => WithDbAsync(db => db.Tasks.MaxAsync(t => (long?)t.Id).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default));

    private Task<bool> TaskExistsAsync(long id) => WithDbAsync(db => db.Tasks.AnyAsync(t => t.Id == id));

    private Task<T> WithDbAsync<T>(Func<SearchDbContext, Task<T>> action) =>
        Site.WithScopeAsync(sp => action(sp.GetRequiredService<SearchDbContext>()));
}
