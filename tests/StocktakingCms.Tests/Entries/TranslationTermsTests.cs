using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>An entry's classification is shared by its translations, whichever language is edited.</summary>
public abstract class TranslationTermsTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_give_every_translation_the_new_terms_when_one_translation_is_reclassified()
    {
        var site = Site;
        var french = await TestEntries.CreateAsync(site, "Inventaire " + TestEntries.Tag(), publish: true, culture: "fr");
        var arabic = await site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var source = (await content.GetAsync(french, VersionOptions.Latest))!;
            var translation = await content.NewAsync(source.ContentType);
            translation.Culture = "ar";
            translation.LocalizationSet = source.LocalizationSet;
            translation.Content = source.Content.Clone();
            var created = await content.CreateAsync(translation, publish: true);
            Assert.True(created.Succeeded, TestEntries.Describe(created));
            return translation.ContentItemId;
        });

        var edited = await TestEntries.EditAsync(site, french, item => item.As<TermsPart>().Set(EntryFields.ActionLines, ["C7-e-health"]), publish: true);

        Assert.True(edited.Succeeded, TestEntries.Describe(edited));
        var translation = (await TestEntries.GetAsync(site, arabic))!;
        Assert.Equal(["C7-e-health", "C7"], translation.Get<TermsPart>()!.Get(EntryFields.ActionLines));
        var links = await TestEntries.TermLinksAsync(site, arabic);
        Assert.Contains((true, EntryFields.ActionLines, "C7-e-health"), links);
        Assert.Contains((false, EntryFields.ActionLines, "C7-e-health"), links);
        Assert.DoesNotContain(links, l => l.Term == "C4");
    }
}

public sealed class TranslationTermsSqliteTests(SharedSite site) : TranslationTermsTests(DatabaseProvider.Sqlite, site);

public sealed class TranslationTermsPostgresTests(SharedSite site) : TranslationTermsTests(DatabaseProvider.Postgres, site);
