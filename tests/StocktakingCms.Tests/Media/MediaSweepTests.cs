using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries.Models;
using StocktakingCms.Media;
using StocktakingCms.Media.Services;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Media;

/// <summary>
/// Files an entry dropped: no longer served once the version without them is published, and
/// deleted by the sweep (here with no grace period) when no version uses them; files in use stay.
/// </summary>
public abstract class MediaSweepTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Media:Sweep:GracePeriod"] = "00:00:00",
    };

    [Fact]
    public async Task Should_stop_serving_and_then_delete_an_image_replaced_in_a_published_entry_and_keep_the_new_one()
    {
        var first = await MediaUploads.StoreAsync(Site, "before.png", MediaSamples.Png, MediaKind.Image);
        var second = await MediaUploads.StoreAsync(Site, "after.jpg", MediaSamples.Jpeg, MediaKind.Image);
        var id = await TestEntries.CreateAsync(Site, $"Replaced image {TestEntries.Tag()}", publish: true,
            alter: item => item.Alter<EntryPart>(p => p.Images = [new EntryImage { MediaId = first.Id, Alt = "Pupils at a telecentre" }]));
        var client = CreateClient();
        var firstUrl = await MediaUploads.UrlForAsync(Site, first);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(firstUrl)).StatusCode);

        var edited = await TestEntries.EditAsync(Site, id, item => item.Alter<EntryPart>(p => p.Images = [new EntryImage { MediaId = second.Id, Alt = "The new telecentre" }]), publish: true);
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(firstUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(await MediaUploads.UrlForAsync(Site, second))).StatusCode);

        await SweepAsync();

        Assert.Null(await MediaUploads.FindAsync(Site, first.Id));
        Assert.False(File.Exists(MediaUploads.PathOf(Site, first.Id)));
        Assert.NotNull(await MediaUploads.FindAsync(Site, second.Id));
        Assert.True(File.Exists(MediaUploads.PathOf(Site, second.Id)));
    }

    [Fact]
    public async Task Should_keep_the_files_of_a_pending_draft_and_of_the_published_version_until_the_entry_is_deleted()
    {
        var online = await MediaUploads.StoreAsync(Site, "online.pdf", MediaSamples.Pdf, MediaKind.Document);
        var drafted = await MediaUploads.StoreAsync(Site, "drafted.pdf", MediaSamples.Pdf, MediaKind.Document);
        var id = await TestEntries.CreateAsync(Site, $"Two documents {TestEntries.Tag()}", publish: true,
            alter: item => item.Alter<EntryPart>(p => p.Documents = [new EntryDocument { MediaId = online.Id, Title = "Annual report" }]));
        var edited = await TestEntries.EditAsync(Site, id, item => item.Alter<EntryPart>(p => p.Documents = [new EntryDocument { MediaId = drafted.Id, Title = "Draft report" }]));
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));

        await SweepAsync();
        Assert.NotNull(await MediaUploads.FindAsync(Site, online.Id));
        Assert.NotNull(await MediaUploads.FindAsync(Site, drafted.Id));
        // The draft's file is not online yet.
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().GetAsync(await MediaUploads.UrlForAsync(Site, drafted))).StatusCode);

        var removed = await Site.WithScopeAsync(sp => sp.GetRequiredService<StocktakingCms.Core.Content.IContentManager>().RemoveAsync(id));
        Assert.True(removed.Succeeded, TestEntries.Describe(removed));
        await SweepAsync();

        Assert.Null(await MediaUploads.FindAsync(Site, online.Id));
        Assert.Null(await MediaUploads.FindAsync(Site, drafted.Id));
    }

    [Fact]
    public async Task Should_delete_bytes_without_a_row_and_abandoned_uploads_but_not_an_untracked_older_file()
    {
        var stray = MediaUploads.PathOf(Site, "zz" + new string('a', 24));
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        await File.WriteAllBytesAsync(stray, MediaSamples.Png);
        var abandoned = MediaUploads.PathOf(Site, "zz" + new string('b', 24)) + ".uploading";
        await File.WriteAllBytesAsync(abandoned, MediaSamples.Png);
        // A file stored before usages were recorded: nothing says whether it is used, so it stays.
        var older = await MediaUploads.StoreAsync(Site, "older.png", MediaSamples.Png, MediaKind.Image);
        await Site.WithScopeAsync(sp => sp.GetRequiredService<StocktakingCms.Media.Data.MediaDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE \"MediaFiles\" SET \"UsageTracked\" = FALSE WHERE \"Id\" = {0}", older.Id));

        await SweepAsync();

        Assert.False(File.Exists(stray));
        Assert.False(File.Exists(abandoned));
        Assert.NotNull(await MediaUploads.FindAsync(Site, older.Id));
        Assert.True(File.Exists(MediaUploads.PathOf(Site, older.Id)));
    }

    private Task<int> SweepAsync() => Site.WithScopeAsync(sp => sp.GetRequiredService<OrphanMediaSweeper>().SweepAsync());
}

public sealed class MediaSweepSqliteTests(SharedSite site) : MediaSweepTests(DatabaseProvider.Sqlite, site);

public sealed class MediaSweepPostgresTests(SharedSite site) : MediaSweepTests(DatabaseProvider.Postgres, site);

/// <summary>With the default grace period, an upload nothing uses yet (a form being filled) is kept.</summary>
public abstract class MediaSweepGraceTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_keep_an_unused_upload_younger_than_the_grace_period()
    {
        var fresh = await MediaUploads.StoreAsync(Site, "just-uploaded.png", MediaSamples.Png, MediaKind.Image);

        await Site.WithScopeAsync(sp => sp.GetRequiredService<OrphanMediaSweeper>().SweepAsync());

        Assert.NotNull(await MediaUploads.FindAsync(Site, fresh.Id));
        Assert.True(File.Exists(MediaUploads.PathOf(Site, fresh.Id)));
    }
}

public sealed class MediaSweepGraceSqliteTests(SharedSite site) : MediaSweepGraceTests(DatabaseProvider.Sqlite, site);

public sealed class MediaSweepGracePostgresTests(SharedSite site) : MediaSweepGraceTests(DatabaseProvider.Postgres, site);
