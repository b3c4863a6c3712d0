using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Taxonomies;

/// <summary>
/// Taxonomy fields (<c>TermsPart</c>) of the stocktaking entry through the content manager: each
/// rule of the field settings the setup recipe gives, with its error on the field and nothing
/// stored; and the term links kept for the latest and the published version.
/// </summary>
public abstract class TermsPartTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData(EntryFields.ActionLines, "C99")]                       // not a term at all
    [InlineData(EntryFields.ActionLines, "FR")]                        // a country, not an action line
    [InlineData(EntryFields.Countries, "C7")]                          // an action line, not a country
    [InlineData(EntryFields.ActionLines, "")]                          // required: none chosen
    [InlineData(EntryFields.Countries, "")]                            // required: none chosen
    [InlineData(EntryFields.StakeholderType, "")]                      // required single choice: none
    [InlineData(EntryFields.StakeholderType, "government,academia")]   // single choice: two
    [InlineData(EntryFields.Status, "planned,completed")]              // single choice: two
    [InlineData(EntryFields.Coverage, "local,national")]               // optional single choice: two
    [InlineData(EntryFields.SdgGoals, "3.1")]                          // top level only: a target
    [InlineData(EntryFields.SdgTargets, "3")]                          // leaves only: a goal that has targets
    [InlineData(EntryFields.SdgTargets, "3.1,17")]                     // leaves only: a good target and a goal
    [InlineData("nonsense", "C7")]                                     // a field the type does not have
    public async Task Should_refuse_the_entry_with_an_error_on_the_field_and_store_nothing_when_a_term_field_breaks_its_rule(string field, string codes)
    {
        var (result, id) = await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await TestEntries.NewAsync(content, "Badly classified");
            item.Alter<TermsPart>(p => p.Set(field, codes.Split(',', StringSplitOptions.RemoveEmptyEntries)));
            return (await content.CreateAsync(item, publish: true), item.ContentItemId);
        });

        Assert.Equal(ContentFailure.Validation, result.Failure);
        Assert.Equal([$"TermsPart.{field}"], result.Errors.Keys);
        Assert.NotEmpty(result.Errors[$"TermsPart.{field}"].Single());
        await TestEntries.AssertNothingStoredAsync(Site, id);
    }

    [Theory]
    [InlineData(EntryFields.ActionLines, "C99", "\"C99\" is not a term of this list.")]
    [InlineData(EntryFields.Countries, "", "Countries: choose at least one.")]
    [InlineData(EntryFields.StakeholderType, "government,academia", "Stakeholder type: choose only one.")]
    [InlineData(EntryFields.SdgGoals, "3.1", "\"By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births\" cannot be chosen here: choose a top-level term.")]
    [InlineData(EntryFields.SdgTargets, "3", "Choose a more precise term than \"Good health and well-being\".")]
    public async Task Should_say_what_is_wrong_in_the_editor_language_when_a_term_field_is_refused(string field, string codes, string message)
    {
        var result = await Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await TestEntries.NewAsync(content, "Explained refusal");
            item.Alter<TermsPart>(p => p.Set(field, codes.Split(',', StringSplitOptions.RemoveEmptyEntries)));
            return await content.CreateAsync(item);
        });

        Assert.Equal([message], result.Errors[$"TermsPart.{field}"]);
    }

    [Fact]
    public async Task Should_refuse_an_edit_and_keep_the_stored_terms_when_a_saved_entry_gets_an_unknown_term()
    {
        var id = await TestEntries.CreateAsync(Site, "Edited with a bad term", publish: true);
        var linksBefore = await TestEntries.TermLinksAsync(Site, id);

        var result = await TestEntries.EditAsync(Site, id, item => item.Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, ["C4", "C12"])));

        Assert.Equal(ContentFailure.Validation, result.Failure);
        Assert.Equal([$"TermsPart.{EntryFields.ActionLines}"], result.Errors.Keys);
        var stored = await TestEntries.GetAsync(Site, id);
        Assert.Equal(1, stored!.Number);
        Assert.Equal(["C4"], stored.Get<TermsPart>()!.Get(EntryFields.ActionLines));
        Assert.Equal(linksBefore, await TestEntries.TermLinksAsync(Site, id));
    }

    [Fact]
    public async Task Should_index_the_terms_of_the_latest_and_the_published_version_when_an_entry_moves_through_its_life()
    {
        var id = await TestEntries.CreateAsync(Site, "Indexed terms", publish: false);
        var draft = await TestEntries.TermLinksAsync(Site, id);
        Assert.All(draft, l => Assert.False(l.Published));
        Assert.Contains((false, EntryFields.ActionLines, "C4"), draft);
        Assert.Contains((false, EntryFields.Countries, "CH"), draft);
        Assert.Contains((false, EntryFields.Regions, "150"), draft);

        var published = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(id));
        Assert.True(published.Succeeded, TestEntries.Describe(published));
        var online = await TestEntries.TermLinksAsync(Site, id);
        Assert.Equal(draft, online.Where(l => !l.Published));
        Assert.Equal(draft.Select(l => l with { Published = true }), online.Where(l => l.Published));

        // A draft with other terms: the published links stay as they were, the latest ones follow the draft.
        var edited = await TestEntries.EditAsync(Site, id, item => item.Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, ["C9"])));
        Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        var both = await TestEntries.TermLinksAsync(Site, id);
        Assert.Contains((true, EntryFields.ActionLines, "C4"), both);
        Assert.DoesNotContain((true, EntryFields.ActionLines, "C9"), both);
        Assert.Contains((false, EntryFields.ActionLines, "C9"), both);
        Assert.DoesNotContain((false, EntryFields.ActionLines, "C4"), both);

        var unpublished = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(id));
        Assert.True(unpublished.Succeeded, TestEntries.Describe(unpublished));
        Assert.DoesNotContain(await TestEntries.TermLinksAsync(Site, id), l => l.Published);

        var removed = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().RemoveAsync(id));
        Assert.True(removed.Succeeded, TestEntries.Describe(removed));
        Assert.Empty(await TestEntries.TermLinksAsync(Site, id));
    }

    [Fact]
    public async Task Should_store_term_codes_as_the_taxonomy_spells_them_when_given_in_another_case()
    {
        var id = await TestEntries.CreateAsync(Site, "Lower-case codes", publish: true, alter: item => item.Alter<TermsPart>(p =>
        {
            p.Set(EntryFields.ActionLines, ["c7-e-health"]);
            p.Set(EntryFields.Countries, ["sn"]);
            p.Set(EntryFields.StakeholderType, ["Government"]);
        }));

        var stored = (await TestEntries.GetAsync(Site, id))!.Get<TermsPart>()!;
        Assert.Equal(["C7", "C7-e-health"], stored.Get(EntryFields.ActionLines).Order(StringComparer.Ordinal));
        Assert.Equal(["SN"], stored.Get(EntryFields.Countries));
        Assert.Equal(["government"], stored.Get(EntryFields.StakeholderType));
        var links = await TestEntries.TermLinksAsync(Site, id);
        Assert.Contains((true, EntryFields.ActionLines, "C7-e-health"), links);
        Assert.Contains((true, EntryFields.Countries, "SN"), links);
        Assert.DoesNotContain(links, l => l.Term is "c7-e-health" or "sn" or "Government");
    }
}

public sealed class TermsPartSqliteTests(SharedSite site) : TermsPartTests(DatabaseProvider.Sqlite, site);

public sealed class TermsPartPostgresTests(SharedSite site) : TermsPartTests(DatabaseProvider.Postgres, site);
