using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Data;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Content;

/// <summary>
/// The content manager of a real site, through its own services: drafts, publication, versions,
/// optimistic concurrency, validation by the Page type's part handlers, and the handler pipeline
/// (a recording handler is added to the site).
/// </summary>
public abstract class ContentManagerTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private HandlerProbe Probe => Site.Services.GetRequiredService<HandlerProbe>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<HandlerProbe>();
        services.AddScoped<ContentHandler, RecordingContentHandler>();
    }

    [Fact]
    public async Task Should_save_a_draft_that_visitors_do_not_see_when_an_item_is_created()
    {
        var slug = UniqueSlug("draft");
        var id = await CreatePageAsync("Draft page", slug);

        await InScopeAsync(async (content, sp) =>
        {
            Assert.Null(await content.GetAsync(id, VersionOptions.Published));
            var latest = await content.GetAsync(id, VersionOptions.Latest);
            Assert.NotNull(latest);
            Assert.Equal(1, latest.Number);
            Assert.True(latest.Latest);
            Assert.False(latest.Published);
            Assert.Equal("Draft page", latest.DisplayText);
            Assert.Equal(slug, latest.As<AutoroutePart>().Slug);

            var routes = await RoutesAsync(sp, id);
            Assert.DoesNotContain(routes, r => r.Published);
        });
    }

    [Fact]
    public async Task Should_put_the_item_online_when_it_is_published()
    {
        var slug = UniqueSlug("publish");
        var id = await CreatePageAsync("To publish", slug);

        var result = await InScopeAsync((content, _) => content.PublishAsync(id));
        Assert.True(result.Succeeded, Describe(result));

        await InScopeAsync(async (content, sp) =>
        {
            var published = await content.GetAsync(id, VersionOptions.Published);
            Assert.NotNull(published);
            Assert.Equal("To publish", published.DisplayText);
            Assert.NotNull(published.PublishedUtc);
            var latest = await content.GetAsync(id, VersionOptions.Latest);
            Assert.Equal(published.ContentItemVersionId, latest!.ContentItemVersionId);
            Assert.Contains(await RoutesAsync(sp, id), r => r.Published && r.Slug == slug && r.Culture == "en");
        });
    }

    [Fact]
    public async Task Should_keep_the_published_version_online_when_a_published_item_is_edited()
    {
        var oldSlug = UniqueSlug("online");
        var newSlug = UniqueSlug("renamed");
        var id = await CreatePageAsync("Published title", oldSlug, publish: true);

        var result = await InScopeAsync(async (content, _) =>
        {
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            latest.Alter<TitlePart>(p => p.Title = "Edited title").Alter<AutoroutePart>(p => p.Slug = newSlug);
            return await content.UpdateAsync(latest, latest.Version);
        });
        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(2, result.Item!.Number);
        Assert.False(result.Item.Published);

        await InScopeAsync(async (content, sp) =>
        {
            var published = await content.GetAsync(id, VersionOptions.Published);
            var latest = await content.GetAsync(id, VersionOptions.Latest);
            Assert.Equal("Published title", published!.As<TitlePart>().Title);
            Assert.Equal(1, published.Number);
            Assert.False(published.Latest);
            Assert.Equal("Edited title", latest!.As<TitlePart>().Title);
            Assert.Equal(2, latest.Number);
            Assert.False(latest.Published);

            // Visitors keep finding the page at its published address until the draft is published.
            var routes = await RoutesAsync(sp, id);
            Assert.Contains(routes, r => r.Published && r.Slug == oldSlug);
            Assert.Contains(routes, r => !r.Published && r.Slug == newSlug);
        });
    }

    [Fact]
    public async Task Should_list_versions_newest_first_with_their_numbers_when_an_item_has_history()
    {
        var id = await CreatePageAsync("Version 1", UniqueSlug("history"), publish: true);
        await EditAsync(id, "Version 2");
        await PublishAsync(id);
        await EditAsync(id, "Version 3");

        var versions = await InScopeAsync((content, _) => content.ListVersionsAsync(id));

        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        Assert.Equal(["Version 3", "Version 2", "Version 1"], versions.Select(v => v.DisplayText));
        Assert.Equal([true, false, false], versions.Select(v => v.Latest));
        Assert.Equal([false, true, false], versions.Select(v => v.Published));
        Assert.Equal(3, versions.Select(v => v.ContentItemVersionId).Distinct().Count());
    }

    [Fact]
    public async Task Should_take_the_item_offline_and_keep_it_when_unpublished()
    {
        var id = await CreatePageAsync("Going offline", UniqueSlug("offline"), publish: true);

        var result = await InScopeAsync((content, _) => content.UnpublishAsync(id));
        Assert.True(result.Succeeded, Describe(result));

        await InScopeAsync(async (content, sp) =>
        {
            Assert.Null(await content.GetAsync(id, VersionOptions.Published));
            var latest = await content.GetAsync(id, VersionOptions.Latest);
            Assert.Equal("Going offline", latest!.DisplayText);
            Assert.DoesNotContain(await RoutesAsync(sp, id), r => r.Published);

            var again = await content.UnpublishAsync(id);
            Assert.Equal(ContentFailure.InvalidState, again.Failure);
        });
    }

    [Fact]
    public async Task Should_return_to_the_published_version_when_the_draft_is_discarded()
    {
        var id = await CreatePageAsync("Kept", UniqueSlug("kept"), publish: true);
        await EditAsync(id, "Thrown away");

        var result = await InScopeAsync((content, _) => content.DiscardDraftAsync(id));
        Assert.True(result.Succeeded, Describe(result));

        await InScopeAsync(async (content, _) =>
        {
            var latest = await content.GetAsync(id, VersionOptions.Latest);
            Assert.Equal("Kept", latest!.As<TitlePart>().Title);
            Assert.True(latest.Published);
            Assert.Equal([1], (await content.ListVersionsAsync(id)).Select(v => v.Number));
        });
    }

    [Fact]
    public async Task Should_release_the_draft_address_when_the_draft_is_discarded()
    {
        var draftSlug = UniqueSlug("abandoned");
        var id = await CreatePageAsync("Stays", UniqueSlug("stays"), publish: true);
        await EditAsync(id, "Stays", draftSlug);
        await InScopeAsync((content, _) => content.DiscardDraftAsync(id));

        // The address was only ever used by a draft that no longer exists: another page may take it.
        var other = await InScopeAsync(async (content, _) =>
            await content.CreateAsync(await NewPageAsync(content, "Takes the address", draftSlug)));
        Assert.True(other.Succeeded, Describe(other));
    }

    [Fact]
    public async Task Should_make_an_older_version_the_draft_and_keep_the_history_when_restored()
    {
        var id = await CreatePageAsync("First words", UniqueSlug("restore"), publish: true);
        await EditAsync(id, "Second words");
        await PublishAsync(id);
        var first = await InScopeAsync(async (content, _) => (await content.ListVersionsAsync(id)).Single(v => v.Number == 1));

        var result = await InScopeAsync((content, _) => content.RestoreAsync(first.ContentItemVersionId));
        Assert.True(result.Succeeded, Describe(result));

        await InScopeAsync(async (content, _) =>
        {
            var latest = await content.GetAsync(id, VersionOptions.Latest);
            Assert.Equal(3, latest!.Number);
            Assert.False(latest.Published);
            Assert.Equal("First words", latest.As<TitlePart>().Title);
            Assert.Equal("Second words", (await content.GetAsync(id, VersionOptions.Published))!.As<TitlePart>().Title);
            var versions = await content.ListVersionsAsync(id);
            Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
            Assert.Equal(["First words", "Second words", "First words"], versions.Select(v => v.DisplayText));
        });
    }

    [Fact]
    public async Task Should_create_a_new_draft_item_when_an_item_is_cloned()
    {
        var slug = UniqueSlug("original");
        var id = await CreatePageAsync("Original", slug, publish: true);

        var result = await InScopeAsync((content, _) => content.CloneAsync(id));
        Assert.True(result.Succeeded, Describe(result));
        var cloneId = result.Item!.ContentItemId;
        Assert.NotEqual(id, cloneId);

        await InScopeAsync(async (content, _) =>
        {
            Assert.Null(await content.GetAsync(cloneId, VersionOptions.Published));
            var clone = await content.GetAsync(cloneId, VersionOptions.Latest);
            Assert.Equal(1, clone!.Number);
            Assert.Equal("Original", clone.As<TitlePart>().Title);
            Assert.Equal("Body of Original", clone.As<MarkdownBodyPart>().Markdown);
            Assert.Equal(cloneId, clone.LocalizationSet);
            // Two items cannot share an address: the copy gets a free one next to the original's.
            Assert.NotEqual(slug, clone.As<AutoroutePart>().Slug);
            Assert.StartsWith(slug, clone.As<AutoroutePart>().Slug, StringComparison.Ordinal);

            var original = await content.GetAsync(id, VersionOptions.Published);
            Assert.Equal("Original", original!.As<TitlePart>().Title);
            Assert.Single(await content.ListVersionsAsync(id));
        });
    }

    [Fact]
    public async Task Should_hide_the_item_and_keep_its_rows_when_removed()
    {
        var slug = UniqueSlug("removed");
        var id = await CreatePageAsync("Removed page", slug, publish: true);
        await EditAsync(id, "Removed page, edited");

        var result = await InScopeAsync((content, _) => content.RemoveAsync(id));
        Assert.True(result.Succeeded, Describe(result));

        await InScopeAsync(async (content, sp) =>
        {
            Assert.Null(await content.GetAsync(id, VersionOptions.Published));
            Assert.Null(await content.GetAsync(id, VersionOptions.Latest));
            Assert.Empty(await content.ListVersionsAsync(id));

            var rows = await sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
                .Where(i => i.ContentItemId == id).ToListAsync();
            Assert.Equal(2, rows.Count);
            Assert.All(rows, row => Assert.True(row.Deleted));
            Assert.All(rows, row => Assert.False(row.Published));
            Assert.Empty(await RoutesAsync(sp, id));
        });
    }

    [Fact]
    public async Task Should_refuse_the_save_and_keep_the_stored_item_when_the_expected_version_is_stale()
    {
        var id = await CreatePageAsync("Before", UniqueSlug("stale"));
        var openedAt = await InScopeAsync(async (content, _) => (await content.GetAsync(id, VersionOptions.Latest))!.Version);
        await EditAsync(id, "Saved by someone else");

        var result = await InScopeAsync(async (content, _) =>
        {
            var item = (await content.GetAsync(id, VersionOptions.Latest))!;
            item.Alter<TitlePart>(p => p.Title = "Stale edit");
            return await content.UpdateAsync(item, expectedVersion: openedAt);
        });

        Assert.Equal(ContentFailure.Conflict, result.Failure);
        Assert.NotEmpty(result.AllMessages);
        await InScopeAsync(async (content, _) =>
        {
            var stored = await content.GetAsync(id, VersionOptions.Latest);
            Assert.Equal("Saved by someone else", stored!.As<TitlePart>().Title);
            Assert.Single(await content.ListVersionsAsync(id));
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_refuse_the_second_save_when_two_editors_save_the_same_item(bool published)
    {
        var id = await CreatePageAsync("Shared", UniqueSlug("shared"), publish: published);

        await using var first = Site.Services.CreateAsyncScope();
        await using var second = Site.Services.CreateAsyncScope();
        var firstManager = first.ServiceProvider.GetRequiredService<IContentManager>();
        var secondManager = second.ServiceProvider.GetRequiredService<IContentManager>();
        var firstItem = (await firstManager.GetAsync(id, VersionOptions.Latest))!;
        var secondItem = (await secondManager.GetAsync(id, VersionOptions.Latest))!;

        firstItem.Alter<TitlePart>(p => p.Title = "First editor");
        var firstResult = await firstManager.UpdateAsync(firstItem);
        secondItem.Alter<TitlePart>(p => p.Title = "Second editor");
        var secondResult = await secondManager.UpdateAsync(secondItem);

        Assert.True(firstResult.Succeeded, Describe(firstResult));
        Assert.Equal(ContentFailure.Conflict, secondResult.Failure);
        await InScopeAsync(async (content, _) =>
        {
            Assert.Equal("First editor", (await content.GetAsync(id, VersionOptions.Latest))!.As<TitlePart>().Title);
            Assert.Equal(published ? 2 : 1, (await content.ListVersionsAsync(id)).Count);
        });
    }

    [Theory]
    [InlineData("", "valid-address", "TitlePart.Title")]
    [InlineData("   ", "valid-address", "TitlePart.Title")]
    [InlineData("A title", "Not an address!", "AutoroutePart.Slug")]
    [InlineData("A title", "admin", "AutoroutePart.Slug")]
    [InlineData("A title", "admin/content", "AutoroutePart.Slug")]
    [InlineData("A title", "login", "AutoroutePart.Slug")]
    public async Task Should_refuse_the_item_with_an_error_for_the_field_when_a_part_is_invalid(string title, string slug, string field)
    {
        var uniqueSlug = slug == "valid-address" ? UniqueSlug("valid") : slug;
        var (result, id) = await InScopeAsync(async (content, _) =>
        {
            var item = await NewPageAsync(content, title, uniqueSlug);
            return (await content.CreateAsync(item, publish: true), item.ContentItemId);
        });

        Assert.Equal(ContentFailure.Validation, result.Failure);
        Assert.Contains(field, result.Errors.Keys);
        Assert.NotEmpty(result.Errors[field]);
        await AssertNothingStoredAsync(id);
    }

    [Fact]
    public async Task Should_store_nothing_and_leave_the_item_as_loaded_when_an_edit_of_a_published_item_is_invalid()
    {
        var id = await CreatePageAsync("Online", UniqueSlug("invalid-edit"), publish: true);

        var (result, item, loadedVersion) = await InScopeAsync(async (content, _) =>
        {
            var item = (await content.GetAsync(id, VersionOptions.Latest))!;
            var loadedVersion = item.Version;
            item.Alter<TitlePart>(p => p.Title = "").Alter<MarkdownBodyPart>(p => p.Markdown = "Typed");
            return (await content.UpdateAsync(item, item.Version), item, loadedVersion);
        });

        Assert.Equal(ContentFailure.Validation, result.Failure);
        Assert.Equal(["TitlePart.Title"], result.Errors.Keys);
        // The caller's copy keeps what was typed and the version it was loaded with.
        Assert.Equal(loadedVersion, item.Version);
        Assert.True(item.Latest);
        Assert.Equal("Typed", item.As<MarkdownBodyPart>().Markdown);
        await InScopeAsync(async (content, _) =>
        {
            var versions = await content.ListVersionsAsync(id);
            var stored = Assert.Single(versions);
            Assert.Equal(loadedVersion, stored.Version);
            Assert.True(stored.Latest);
            Assert.Equal("Online", stored.As<TitlePart>().Title);
        });
    }

    [Fact]
    public async Task Should_refuse_an_address_when_another_item_uses_it_in_the_same_culture()
    {
        var slug = UniqueSlug("taken");
        await CreatePageAsync("Owner of the address", slug, publish: true);

        var (duplicate, duplicateId) = await InScopeAsync(async (content, _) =>
        {
            var item = await NewPageAsync(content, "Same address", slug);
            return (await content.CreateAsync(item), item.ContentItemId);
        });
        Assert.Equal(ContentFailure.Validation, duplicate.Failure);
        Assert.Equal(["AutoroutePart.Slug"], duplicate.Errors.Keys);
        await AssertNothingStoredAsync(duplicateId);

        // The same address in another language is another page.
        var french = await InScopeAsync(async (content, _) =>
            await content.CreateAsync(await NewPageAsync(content, "Même adresse", slug, culture: "fr")));
        Assert.True(french.Succeeded, Describe(french));
    }

    [Fact]
    public async Task Should_call_handlers_in_order_when_an_item_is_created_and_published()
    {
        var id = await CreatePageAsync("Observed", UniqueSlug("observed"), publish: true);

        Assert.Equal(
            ["Initializing", "Creating", "Updating", "Validating", "Updated", "Created", "Publishing", "Published"],
            Probe.StepsFor(id));
    }

    [Fact]
    public async Task Should_call_handlers_around_each_step_when_an_item_is_edited_discarded_published_and_removed()
    {
        var id = await CreatePageAsync("Observed later", UniqueSlug("later"), publish: true);
        Probe.Clear(id);

        await EditAsync(id, "Observed, edited");
        var edit = Probe.StepsFor(id);
        AssertBefore(edit, "Versioning", "Versioned");
        AssertBefore(edit, "Updating", "Validating");
        AssertBefore(edit, "Validating", "Updated");
        Probe.Clear(id);

        await InScopeAsync((content, _) => content.DiscardDraftAsync(id));
        Assert.Equal(["DiscardingDraft", "DiscardedDraft"], Probe.StepsFor(id));
        await EditAsync(id, "Observed, edited again");
        Probe.Clear(id);

        await PublishAsync(id);
        Assert.Equal(["Validating", "Publishing", "Published"], Probe.StepsFor(id));
        Probe.Clear(id);

        await InScopeAsync((content, _) => content.RemoveAsync(id));
        Assert.Equal(["Removing", "Unpublishing", "Unpublished", "Removed"], Probe.StepsFor(id));
    }

    [Fact]
    public async Task Should_leave_the_item_unpublished_when_a_handler_fails_during_publication()
    {
        var slug = UniqueSlug("failing");
        var id = await CreatePageAsync("Never online", slug);
        var routesBefore = await InScopeAsync((_, sp) => RoutesAsync(sp, id));
        Probe.FailPublicationOf(id);

        await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync((content, _) => content.PublishAsync(id)));

        await InScopeAsync(async (content, sp) =>
        {
            Assert.Null(await content.GetAsync(id, VersionOptions.Published));
            Assert.False((await content.GetAsync(id, VersionOptions.Latest))!.Published);
            Assert.Equal(routesBefore, await RoutesAsync(sp, id));
        });
    }

    [Fact]
    public async Task Should_keep_the_previous_version_online_when_a_handler_fails_while_publishing_a_draft()
    {
        var oldSlug = UniqueSlug("online");
        var id = await CreatePageAsync("Online version", oldSlug, publish: true);
        await EditAsync(id, "Draft version", UniqueSlug("next"));
        var routesBefore = await InScopeAsync((_, sp) => RoutesAsync(sp, id));
        Probe.FailPublicationOf(id);

        await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync((content, _) => content.PublishAsync(id)));

        await InScopeAsync(async (content, sp) =>
        {
            var published = await content.GetAsync(id, VersionOptions.Published);
            Assert.Equal("Online version", published!.As<TitlePart>().Title);
            Assert.Equal(1, published.Number);
            Assert.False((await content.GetAsync(id, VersionOptions.Latest))!.Published);
            Assert.Equal(routesBefore, await RoutesAsync(sp, id));
            Assert.Contains(routesBefore, r => r.Published && r.Slug == oldSlug);
        });
    }

    private static void AssertBefore(IReadOnlyList<string> steps, string earlier, string later)
    {
        Assert.Contains(earlier, steps);
        Assert.Contains(later, steps);
        Assert.True(steps.ToList().IndexOf(earlier) < steps.ToList().IndexOf(later), $"{earlier} must come before {later}: {string.Join(", ", steps)}");
    }

    private static async Task<ContentItem> NewPageAsync(IContentManager content, string title, string slug, string culture = "en")
    {
        var item = await content.NewAsync("Page");
        item.Culture = culture;
        item.Alter<TitlePart>(p => p.Title = title)
            .Alter<AutoroutePart>(p => p.Slug = slug)
            .Alter<MarkdownBodyPart>(p => p.Markdown = $"Body of {title}");
        return item;
    }

    private async Task<string> CreatePageAsync(string title, string slug, bool publish = false)
    {
        var result = await InScopeAsync(async (content, _) => await content.CreateAsync(await NewPageAsync(content, title, slug), publish));
        Assert.True(result.Succeeded, Describe(result));
        return result.Item!.ContentItemId;
    }

    private async Task EditAsync(string id, string title, string? slug = null)
    {
        var result = await InScopeAsync(async (content, _) =>
        {
            var item = (await content.GetAsync(id, VersionOptions.Latest))!;
            item.Alter<TitlePart>(p => p.Title = title);
            if (slug is not null)
            {
                item.Alter<AutoroutePart>(p => p.Slug = slug);
            }

            return await content.UpdateAsync(item, item.Version);
        });
        Assert.True(result.Succeeded, Describe(result));
    }

    private async Task PublishAsync(string id)
    {
        var result = await InScopeAsync((content, _) => content.PublishAsync(id));
        Assert.True(result.Succeeded, Describe(result));
    }

    private async Task AssertNothingStoredAsync(string id) =>
        await InScopeAsync(async (_, sp) =>
        {
            Assert.False(await sp.GetRequiredService<CoreDbContext>().ContentItems.AnyAsync(i => i.ContentItemId == id));
            Assert.Empty(await RoutesAsync(sp, id));
        });

    private static async Task<List<(bool Published, string Culture, string Slug)>> RoutesAsync(IServiceProvider services, string id) =>
        [.. (await services.GetRequiredService<ContentsDbContext>().AutorouteEntries.AsNoTracking()
                .Where(e => e.ContentItemId == id).OrderBy(e => e.Published).ToListAsync())
            .Select(e => (e.Published, e.Culture, e.Slug))];

    private Task<T> InScopeAsync<T>(Func<IContentManager, IServiceProvider, Task<T>> action) =>
        Site.WithScopeAsync(sp => action(sp.GetRequiredService<IContentManager>(), sp));

    private Task InScopeAsync(Func<IContentManager, IServiceProvider, Task> action) =>
        Site.WithScopeAsync(sp => action(sp.GetRequiredService<IContentManager>(), sp));

    private static string Describe(ContentOperationResult result) =>
        $"{result.Failure}: {string.Join(" | ", result.Errors.Select(e => $"{e.Key}={string.Join(" ", e.Value)}"))}";
}

public sealed class ContentManagerSqliteTests(SharedSite site) : ContentManagerTests(DatabaseProvider.Sqlite, site);

public sealed class ContentManagerPostgresTests(SharedSite site) : ContentManagerTests(DatabaseProvider.Postgres, site);

/// <summary>What the recording handler saw, per item, and which items' publication must fail.</summary>
public sealed class HandlerProbe
{
    private readonly List<(string ContentItemId, string Step)> _calls = [];
    private readonly HashSet<string> _failPublication = [];
    private readonly Lock _lock = new();

    public void Record(string contentItemId, string step)
    {
        lock (_lock)
        {
            _calls.Add((contentItemId, step));
        }
    }

    public IReadOnlyList<string> StepsFor(string contentItemId)
    {
        lock (_lock)
        {
            return [.. _calls.Where(c => c.ContentItemId == contentItemId).Select(c => c.Step)];
        }
    }

    public void Clear(string contentItemId)
    {
        lock (_lock)
        {
            _calls.RemoveAll(c => c.ContentItemId == contentItemId);
        }
    }

    public void FailPublicationOf(string contentItemId)
    {
        lock (_lock)
        {
            _failPublication.Add(contentItemId);
        }
    }

    public bool ShouldFailPublication(string contentItemId)
    {
        lock (_lock)
        {
            return _failPublication.Contains(contentItemId);
        }
    }
}

/// <summary>Records every call, after the modules' handlers; throws in PublishedAsync when told to.</summary>
public sealed class RecordingContentHandler(HandlerProbe probe) : ContentHandler
{
    public override Task InitializingAsync(ContentContext context) => Record(context, "Initializing");

    public override Task CreatingAsync(ContentContext context) => Record(context, "Creating");

    public override Task CreatedAsync(ContentContext context) => Record(context, "Created");

    public override Task UpdatingAsync(ContentContext context) => Record(context, "Updating");

    public override Task UpdatedAsync(ContentContext context) => Record(context, "Updated");

    public override Task ValidatingAsync(ValidateContentContext context) => Record(context, "Validating");

    public override Task VersioningAsync(VersionContentContext context) => Record(context, "Versioning");

    public override Task VersionedAsync(VersionContentContext context) => Record(context, "Versioned");

    public override Task PublishingAsync(PublishContentContext context) => Record(context, "Publishing");

    public override async Task PublishedAsync(PublishContentContext context)
    {
        await Record(context, "Published");
        if (probe.ShouldFailPublication(context.ContentItem.ContentItemId))
        {
            throw new InvalidOperationException("A handler failed after publication (test).");
        }
    }

    public override Task UnpublishingAsync(PublishContentContext context) => Record(context, "Unpublishing");

    public override Task DiscardingDraftAsync(ContentContext context) => Record(context, "DiscardingDraft");

    public override Task DiscardedDraftAsync(ContentContext context) => Record(context, "DiscardedDraft");

    public override Task UnpublishedAsync(PublishContentContext context) => Record(context, "Unpublished");

    public override Task RemovingAsync(ContentContext context) => Record(context, "Removing");

    public override Task RemovedAsync(ContentContext context) => Record(context, "Removed");

    private Task Record(ContentContext context, string step)
    {
        probe.Record(context.ContentItem.ContentItemId, step);
        return Task.CompletedTask;
    }
}
