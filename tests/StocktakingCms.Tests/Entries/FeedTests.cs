using System.Xml.Linq;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// The RSS and Atom feeds of new entries, one pair per culture, as a feed reader gets them: the
/// feed in the culture's language, each entry in that language when translated, else its original
/// marked with its own language, links absolute.
/// </summary>
public abstract class FeedTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Should_give_each_culture_a_feed_of_new_entries_in_its_language_and_mark_untranslated_ones()
    {
        var tag = TestEntries.Tag();
        var english = $"Solar-powered school servers {tag}";
        var french = $"Serveurs scolaires solaires {tag}";
        var englishId = await TestEntries.CreateAsync(Site, english, publish: true);
        var set = (await TestEntries.GetAsync(Site, englishId))!.LocalizationSet;
        await TestEntries.CreateAsync(Site, french, publish: true, culture: "fr", alter: item => item.LocalizationSet = set);
        var client = CreateClient();

        using var rssResponse = await client.GetAsync("/fr/feed.rss");
        Assert.Equal("application/rss+xml", rssResponse.Content.Headers.ContentType?.MediaType);
        var channel = XDocument.Parse(await rssResponse.Content.ReadAsStringAsync()).Root!.Element("channel")!;
        Assert.Equal("fr", channel.Element("language")?.Value);
        Assert.EndsWith(": Nouvelles contributions", channel.Element("title")?.Value, StringComparison.Ordinal);
        var item = Assert.Single(channel.Elements("item"), i => i.Element("title")!.Value.EndsWith(tag, StringComparison.Ordinal));
        Assert.Equal(french, item.Element("title")?.Value);
        Assert.Matches("^https?://[^/]+/fr/", item.Element("link")?.Value);

        using var atomResponse = await client.GetAsync("/ru/feed.atom");
        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("ru", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.EndsWith(": Новые записи", feed.Element(Atom + "title")?.Value, StringComparison.Ordinal);
        // No Russian version: the original, in the language it is written in.
        var entry = Assert.Single(feed.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value.EndsWith(tag, StringComparison.Ordinal));
        Assert.Contains(entry.Element(Atom + "title")?.Value, new[] { english, french });
        var language = entry.Attribute(XNamespace.Xml + "lang")?.Value;
        Assert.Equal(entry.Element(Atom + "title")?.Value == english ? "en" : "fr", language);
        Assert.Matches($"^https?://[^/]+/{language}/", entry.Element(Atom + "link")?.Attribute("href")?.Value);
    }
}

public sealed class FeedSqliteTests(SharedSite site) : FeedTests(DatabaseProvider.Sqlite, site);

public sealed class FeedPostgresTests(SharedSite site) : FeedTests(DatabaseProvider.Postgres, site);
