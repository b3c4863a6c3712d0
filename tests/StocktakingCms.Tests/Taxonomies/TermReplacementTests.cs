using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Taxonomies;

/// <summary>A used term can be deleted after its items are moved to another term, in one step.</summary>
public abstract class TermReplacementTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_move_items_to_the_replacement_when_a_used_term_is_deleted()
    {
        var id = await TestEntries.CreateAsync(Site, "Tele-health " + TestEntries.Tag(), publish: true,
            alter: item => item.As<TermsPart>().Set(EntryFields.ActionLines, ["C7-e-health"]));

        var result = await Site.WithScopeAsync(sp =>
            sp.GetRequiredService<TaxonomyEditor>().ReplaceAndDeleteAsync("action-lines", "C7-e-health", "C7-e-learning", CancellationToken.None));

        Assert.True(result.Succeeded, TestEntries.Describe(result));
        foreach (var version in new[] { VersionOptions.Latest, VersionOptions.Published })
        {
            var item = (await TestEntries.GetAsync(Site, id, version))!;
            Assert.Equal(["C7-e-learning", "C7"], item.Get<TermsPart>()!.Get(EntryFields.ActionLines));
        }

        var links = await TestEntries.TermLinksAsync(Site, id);
        Assert.DoesNotContain(links, l => l.Term == "C7-e-health");
        Assert.Contains((true, EntryFields.ActionLines, "C7-e-learning"), links);
        var client = CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/action-lines/C7-e-health")).StatusCode);
        Assert.Contains("Tele-health", await client.GetStringAsync("/en/action-lines/C7-e-learning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_replacement_below_the_deleted_term_and_change_nothing()
    {
        var id = await TestEntries.CreateAsync(Site, "Farming " + TestEntries.Tag(), publish: true,
            alter: item => item.As<TermsPart>().Set(EntryFields.ActionLines, ["C7-e-agriculture"]));

        var result = await Site.WithScopeAsync(sp =>
            sp.GetRequiredService<TaxonomyEditor>().ReplaceAndDeleteAsync("action-lines", "C7", "C7-e-agriculture", CancellationToken.None));

        Assert.Equal(ContentFailure.InvalidState, result.Failure);
        var item = (await TestEntries.GetAsync(Site, id))!;
        Assert.Contains("C7-e-agriculture", item.Get<TermsPart>()!.Get(EntryFields.ActionLines));
        Assert.Equal(HttpStatusCode.OK, (await CreateClient().GetAsync("/en/action-lines/C7")).StatusCode);
    }
}

public sealed class TermReplacementSqliteTests(SharedSite site) : TermReplacementTests(DatabaseProvider.Sqlite, site);

public sealed class TermReplacementPostgresTests(SharedSite site) : TermReplacementTests(DatabaseProvider.Postgres, site);
