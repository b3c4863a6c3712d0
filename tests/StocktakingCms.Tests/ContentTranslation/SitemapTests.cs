using System.Net;
using System.Xml.Linq;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.ContentTranslation.TestPages;

namespace StocktakingCms.Tests.ContentTranslation;

/// <summary>
/// <c>/sitemap.xml</c> as a search engine reads it: published pages only, each version with its
/// translations and x-default as alternates, absolute addresses from Stocktaking:PublicUrl, split
/// into numbered files under an index when over the page size (small here to see it), and
/// <c>/robots.txt</c> pointing to it.
/// </summary>
public abstract class SitemapTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string Root = PublicUrl;
    private const int PageSize = 25;
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Stocktaking:PublicUrl"] = Root,
        ["Localization:Sitemap:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Should_list_published_pages_with_their_translations_as_alternates_and_leave_drafts_out()
    {
        var englishSlug = UniqueSlug("map-en");
        var frenchSlug = UniqueSlug("map-fr");
        var english = await CreateAsync(Site, "Sitemap page", "en", englishSlug);
        await CreateAsync(Site, "Page du plan", "fr", frenchSlug, translationOf: english);
        var draftSlug = UniqueSlug("map-draft");
        await CreateAsync(Site, "Draft page", "en", draftSlug, publish: false);
        var spanishOnly = UniqueSlug("map-es");
        await CreateAsync(Site, "Página solo en español", "es", spanishOnly);

        var urls = await ReadAllAsync();
        var englishUrl = urls[$"{Root}/en/{englishSlug}"];
        Assert.Equal(new Dictionary<string, string>
        {
            ["en"] = $"{Root}/en/{englishSlug}",
            ["fr"] = $"{Root}/fr/{frenchSlug}",
            ["x-default"] = $"{Root}/en/{englishSlug}",
        }, Alternates(englishUrl));
        Assert.Equal(Alternates(englishUrl), Alternates(urls[$"{Root}/fr/{frenchSlug}"]));
        Assert.NotNull(englishUrl.Element(Sitemap + "lastmod"));
        Assert.Equal($"{Root}/es/{spanishOnly}", Alternates(urls[$"{Root}/es/{spanishOnly}"])["x-default"]);

        Assert.DoesNotContain(urls.Keys, url => url.Contains(draftSlug, StringComparison.Ordinal));
        // The main pages of the site, in every language.
        foreach (var culture in new[] { "ar", "zh", "en", "fr", "ru", "es" })
        {
            Assert.Contains($"{Root}/{culture}/", urls.Keys);
            Assert.Contains($"{Root}/{culture}/calls", urls.Keys);
            Assert.Contains($"{Root}/{culture}/search", urls.Keys);
            Assert.Contains($"{Root}/{culture}/special-repositories", urls.Keys);
        }

        Assert.Equal(6, Alternates(urls[$"{Root}/zh/calls"]).Count - 1);
    }

    [Fact]
    public async Task Should_list_the_term_pages_that_list_entries_with_their_broader_terms_and_leave_empty_ones_out()
    {
        await TestEntries.CreateAsync(Site, "Telemedicine in the sitemap", publish: true, alter: item =>
            item.Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, ["C7-e-health"])));

        var urls = await ReadAllAsync();

        foreach (var culture in new[] { "ar", "zh", "en", "fr", "ru", "es" })
        {
            Assert.Contains($"{Root}/{culture}/action-lines/C7-e-health", urls.Keys);
            Assert.Contains($"{Root}/{culture}/action-lines/C7", urls.Keys);
        }

        Assert.Equal(7, Alternates(urls[$"{Root}/ar/action-lines/C7"]).Count);
        Assert.NotNull(urls[$"{Root}/en/action-lines/C7-e-health"].Element(Sitemap + "lastmod"));
        // Nothing in this site is about e-science, so its page is left out.
        Assert.DoesNotContain($"{Root}/en/action-lines/C7-e-science", urls.Keys);
    }

    [Fact]
    public async Task Should_answer_from_the_cache_until_a_page_is_published_and_then_list_it()
    {
        var client = CreateClient();
        await ReadAllAsync();
        using (var again = await client.GetAsync("/sitemap.xml"))
        {
            Assert.NotNull(again.Headers.Age);
        }

        var slug = UniqueSlug("map-new");
        await CreateAsync(Site, "Published after the sitemap was read", "en", slug);

        using var fresh = await client.GetAsync("/sitemap.xml");
        Assert.Null(fresh.Headers.Age);
        Assert.Contains($"{Root}/en/{slug}", (await ReadAllAsync()).Keys);
    }

    [Fact]
    public async Task Should_point_robots_to_the_sitemap()
    {
        using var response = await CreateClient().GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"Sitemap: {Root}/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin/", text, StringComparison.Ordinal);
    }

    /// <summary>Every &lt;url&gt; by its loc, through the index when the sitemap is split; checks each file's size.</summary>
    private async Task<Dictionary<string, XElement>> ReadAllAsync()
    {
        var client = CreateClient();
        var root = await GetXmlAsync(client, "/sitemap.xml");
        // The recipe's pages alone are more than one file of 25: /sitemap.xml is an index.
        Assert.Equal(Sitemap + "sitemapindex", root.Name);
        var files = root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.True(files.Count >= 2, $"{files.Count} files");
        var urls = new Dictionary<string, XElement>();
        foreach (var file in files)
        {
            Assert.StartsWith($"{Root}/sitemap-", file, StringComparison.Ordinal);
            var set = await GetXmlAsync(client, new Uri(file).AbsolutePath);
            var entries = set.Elements(Sitemap + "url").ToList();
            Assert.InRange(entries.Count, 1, PageSize);
            foreach (var entry in entries)
            {
                urls.Add(entry.Element(Sitemap + "loc")!.Value, entry);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{files.Count + 1}.xml")).StatusCode);
        return urls;
    }

    private static async Task<XElement> GetXmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static Dictionary<string, string> Alternates(XElement url) =>
        url.Elements(Xhtml + "link").Where(l => l.Attribute("rel")?.Value == "alternate")
            .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
}

public sealed class SitemapSqliteTests(SharedSite site) : SitemapTests(DatabaseProvider.Sqlite, site);

public sealed class SitemapPostgresTests(SharedSite site) : SitemapTests(DatabaseProvider.Postgres, site);
