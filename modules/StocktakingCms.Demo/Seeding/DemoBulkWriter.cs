using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Search.Lucene.Handlers;

namespace StocktakingCms.Demo.Seeding;

/// <summary>
/// Writes a batch of new items as <see cref="IContentManager.CreateAsync"/> (and its publication)
/// would, through every enabled module's handlers, so each module keeps its rows (addresses, term
/// links, the entries list) exactly as for an entry written in the editor — but at bulk speed:
/// <list type="bullet">
/// <item>one save per <see cref="ItemsPerSave"/> items instead of one per item, with automatic
/// change detection off (the content manager saves and compares the whole tracker after every
/// item; here every row is new, so nothing needs comparing); the caller's transaction spans many
/// saves;</item>
/// <item>no validation: the generator only draws valid entries (<c>DemoSeederTests</c> checks a
/// sample through <see cref="IContentManager.CheckAsync"/>);</item>
/// <item>no indexing task per item: the seeder rebuilds the indexes once at the end, or appends
/// one "everything" task.</item>
/// </list>
/// The drawn dates are set before the handlers run, so the rows they derive (term links' sort
/// dates, the entries list) carry the entry's history rather than the seeding moment.
/// </summary>
public sealed class DemoBulkWriter(IServiceProvider services)
{
    /// <summary>
    /// Items staged between two saves. Handlers look their rows up in the tracker (<c>DbSet.Local</c>,
    /// a linear scan), so a tracker holding a whole batch makes every look-up slow; a hundred
    /// items keep it small while still saving in large statements batches.
    /// </summary>
    public const int ItemsPerSave = 100;

    private readonly CoreDbContext _db = services.GetRequiredService<CoreDbContext>();
    private readonly CmsDbSession _session = StopChangeDetection(services.GetRequiredService<CmsDbSession>());

    private readonly List<ContentHandler> _handlers = services.GetRequiredService<ModuleState>()
        .Enabled(services.GetServices<ContentHandler>())
        .Where(h => h is not IndexingTaskHandler)
        .ToList();

    /// <summary>Stages one new item: created, then published when <paramref name="publishedUtc"/> is given.</summary>
    public async Task AddAsync(ContentItem item, DateTime createdUtc, DateTime modifiedUtc, DateTime? publishedUtc)
    {
        item.Number = 1;
        item.Latest = true;
        item.Published = false;
        item.CreatedUtc = createdUtc;
        item.ModifiedUtc = modifiedUtc;
        if (string.IsNullOrEmpty(item.LocalizationSet))
        {
            item.LocalizationSet = item.ContentItemId;
        }

        var context = new ContentContext(item);
        await InvokeAsync(h => h.CreatingAsync(context));
        await InvokeAsync(h => h.UpdatingAsync(context));
        _db.ContentItems.Add(item);
        await InvokeAsync(h => h.UpdatedAsync(context));
        await InvokeAsync(h => h.CreatedAsync(context));
        if (publishedUtc is { } published)
        {
            var publishing = new PublishContentContext(item, previous: null);
            await InvokeAsync(h => h.PublishingAsync(publishing));
            item.Published = true;
            item.PublishedUtc = published;
            item.Version++;
            await InvokeAsync(h => h.PublishedAsync(publishing));
        }
    }

    /// <summary>Saves what the batch staged, in every module's context, and forgets it.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _session.SaveChangesAsync(cancellationToken);
        _session.ClearTracking();
    }

    /// <summary>
    /// Every row of a batch is added, none changed after loading; with detection on, each look-up
    /// in a tracker of thousands of rows (<c>DbSet.Local</c>, which handlers use) compares them all again.
    /// </summary>
    private static CmsDbSession StopChangeDetection(CmsDbSession session)
    {
        session.DetectChangesAutomatically(false);
        return session;
    }

    private async Task InvokeAsync(Func<ContentHandler, Task> step)
    {
        foreach (var handler in _handlers)
        {
            await step(handler);
        }
    }
}
