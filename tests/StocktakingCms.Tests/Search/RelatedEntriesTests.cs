using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.Submissions;
using StocktakingCms.Search.Lucene.Query;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.Search.SearchSupport;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// Entries like a given one: "Related entries" on an entry's page (MoreLikeThis, shown in the
/// visitor's language) and look-alikes on the submission form, by the search module or, without
/// it, by the Entries module's SQL.
/// </summary>
public abstract class RelatedEntriesTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_show_related_entries_with_links_on_an_entry_page()
    {
        var (tag, telemedicine, clinics, unrelated) = await CreateThreeAsync();
        var page = await Html.GetAsync(CreateClient(), $"/en/{telemedicine.Slug}");

        var related = page.QuerySelector("section.related-entries");
        Assert.NotNull(related);
        var links = related!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/en/{clinics.Slug}", links);
        Assert.DoesNotContain($"/en/{telemedicine.Slug}", links);
        Assert.DoesNotContain($"/en/{unrelated.Slug}", links);
        Assert.InRange(links.Count, 1, 5);

        // A French visitor gets the same entry (no French translation: its English title, labelled).
        var french = await Html.GetAsync(CreateClient(), $"/fr/{tag}-fr");
        Assert.Contains($"/en/{clinics.Slug}", french.QuerySelectorAll("section.related-entries a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Should_suggest_look_alikes_for_the_submission_form_by_search_and_by_sql()
    {
        var (_, telemedicine, _, unrelated) = await CreateThreeAsync();
        var query = new SimilarEntryQuery(telemedicine.Title, "Rural health network", "Doctors consult patients of rural clinics by video.", "en", null);

        var (chosen, bySearch, bySql) = await Site.WithScopeAsync(async sp =>
        {
            var chosen = sp.GetRequiredService<ISimilarEntries>();
            var sql = sp.GetServices<ISimilarEntries>().OfType<SimilarEntries>().Single();
            return (chosen, await chosen.FindAsync(query), await sql.FindAsync(query));
        });

        Assert.IsType<LuceneSimilarEntries>(chosen);
        Assert.Contains(bySearch, e => e.ContentItemId == telemedicine.Id);
        Assert.DoesNotContain(bySearch, e => e.ContentItemId == unrelated.Id);
        Assert.Contains(bySql, e => e.ContentItemId == telemedicine.Id);
        Assert.All(bySearch, e => Assert.StartsWith("/", e.Url, StringComparison.Ordinal));
        Assert.InRange(bySearch.Count, 1, ISimilarEntries.Limit);
    }

    private sealed record Created(string Id, string Title, string Slug);

    /// <summary>Two entries about telemedicine sharing a rare word (the tag), one about something else; all indexed.</summary>
    private async Task<(string Tag, Created Telemedicine, Created Clinics, Created Unrelated)> CreateThreeAsync()
    {
        var tag = TestEntries.Tag();
        // Every text of its own: the test entries' shared defaults (organisation, partners, "The full story") would make them all alike.
        async Task<Created> CreateAsync(string title, string description, string organisation, string culture = "en", string? slug = null)
        {
            slug ??= TestEntries.UniqueSlug("related");
            var id = await TestEntries.CreateAsync(Site, title, publish: true, culture: culture, slug: slug,
                alter: item => item.Alter<EntryPart>(p =>
                {
                    (p.ShortDescription, p.FullDescription, p.OrganisationName) = (description, description, organisation);
                    (p.TargetGroups, p.Partners) = ("", []);
                }));
            await FindsAsync(Site, culture, title, id);
            return new Created(id, title, slug);
        }

        var telemedicine = await CreateAsync($"Rural telemedicine {tag} network", $"Doctors consult patients of rural clinics by video, with {tag} kits.", "Rural health network");
        var clinics = await CreateAsync($"Telemedicine {tag} for clinics", $"Rural clinics reach doctors by video thanks to {tag} kits.", $"Clinics {tag} alliance");
        var unrelated = await CreateAsync($"Coding school {TestEntries.Tag()}", "Young people learn programming in the evening.", "Evening code club");
        await CreateAsync($"Réseau de télémédecine {tag}", $"Des médecins consultent par vidéo les patients des dispensaires ruraux, avec les kits {tag}.", "Santé rurale", "fr", $"{tag}-fr");
        return (tag, telemedicine, clinics, unrelated);
    }
}

public sealed class RelatedEntriesSqliteTests(SharedSite site) : RelatedEntriesTests(DatabaseProvider.Sqlite, site);

public sealed class RelatedEntriesPostgresTests(SharedSite site) : RelatedEntriesTests(DatabaseProvider.Postgres, site);
