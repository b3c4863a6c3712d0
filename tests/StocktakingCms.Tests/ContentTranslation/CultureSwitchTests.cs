using AngleSharp.Html.Dom;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.ContentTranslation.TestPages;

namespace StocktakingCms.Tests.ContentTranslation;

/// <summary>
/// The public culture switch: the language bar and the head's hreflang, x-default and canonical
/// links go to each translation's own address; a missing translation shows the original, marked
/// with its language, under a notice in the visitor's language.
/// </summary>
public abstract class CultureSwitchTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string Root = PublicUrl;

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Stocktaking:PublicUrl"] = Root };

    [Fact]
    public async Task Should_link_each_language_to_its_translation_and_the_missing_ones_to_the_original_with_a_notice()
    {
        var englishSlug = UniqueSlug("guide");
        var frenchSlug = UniqueSlug("guide-fr");
        var english = await CreateAsync(Site, "Reporting guide", "en", englishSlug);
        await CreateAsync(Site, "Guide de rédaction", "fr", frenchSlug, translationOf: english);
        // A draft translation is not online: Russian visitors get the original.
        await CreateAsync(Site, "Руководство", "ru", UniqueSlug("guide-ru"), publish: false, translationOf: english);
        var visitor = CreateClient();

        var page = await Html.GetAsync(visitor, $"/en/{englishSlug}");
        Assert.Equal($"{Root}/en/{englishSlug}", Canonical(page));
        Assert.Equal($"{Root}/en/{englishSlug}", Alternate(page, "en"));
        Assert.Equal($"{Root}/fr/{frenchSlug}", Alternate(page, "fr"));
        Assert.Equal($"{Root}/en/{englishSlug}", Alternate(page, "x-default"));
        // Only versions written in their language are announced to search engines.
        Assert.Null(Alternate(page, "ru"));
        Assert.Equal(3, page.Head!.QuerySelectorAll("link[rel=alternate][hreflang]").Length);
        Assert.Equal($"/fr/{frenchSlug}", LanguageBarLink(page, "fr"));
        Assert.Equal($"/ru/{englishSlug}", LanguageBarLink(page, "ru"));
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], page.QuerySelectorAll("nav.language-bar li > [lang]").Select(e => e.GetAttribute("lang")));

        // The French page: the bar goes back to the English address.
        var french = await Html.GetAsync(visitor, $"/fr/{frenchSlug}");
        Assert.Equal($"{Root}/fr/{frenchSlug}", Canonical(french));
        Assert.Equal($"/en/{englishSlug}", LanguageBarLink(french, "en"));
        Assert.Equal($"{Root}/en/{englishSlug}", Alternate(french, "x-default"));

        // Following the bar to Russian: the English original, marked English, under a Russian notice.
        var russian = await Html.GetAsync(visitor, LanguageBarLink(page, "ru")!);
        Assert.Equal("ru", russian.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Эта страница недоступна на запрошенном языке (русский); она показана на другом языке (английский).", Notice(russian));
        var article = russian.QuerySelector("article")!;
        Assert.Equal(("en", "ltr"), (article.GetAttribute("lang"), article.GetAttribute("dir")));
        Assert.Equal("Reporting guide", article.QuerySelector("h1")?.TextContent.Trim());
        // The canonical page is the original; the bar still offers the French translation.
        Assert.Equal($"{Root}/en/{englishSlug}", Canonical(russian));
        Assert.Equal($"/fr/{frenchSlug}", LanguageBarLink(russian, "fr"));
        Assert.Null(LanguageBarLink(russian, "ru"));
    }

    [Fact]
    public async Task Should_mark_an_arabic_original_right_to_left_when_shown_to_an_english_visitor()
    {
        var slug = UniqueSlug("arabic-only");
        await CreateAsync(Site, "دليل الإبلاغ", "ar", slug);
        var page = await Html.GetAsync(CreateClient(), $"/en/{slug}");
        Assert.Equal(("en", "ltr"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal("This page is not available in English; it is shown in Arabic.", Notice(page));
        var article = page.QuerySelector("article")!;
        Assert.Equal(("ar", "rtl"), (article.GetAttribute("lang"), article.GetAttribute("dir")));
        // With no English version, x-default is the Arabic original, which is also the canonical page.
        Assert.Equal($"{Root}/ar/{slug}", Canonical(page));
        Assert.Equal($"{Root}/ar/{slug}", Alternate(page, "x-default"));

        // In Chinese and the other languages the notice is translated.
        var chinese = await Html.GetAsync(CreateClient(), $"/zh/{slug}");
        Assert.Equal("此页面没有中文版本，现以阿拉伯文显示。", Notice(chinese));
    }

    [Fact]
    public async Task Should_swap_the_culture_segment_on_pages_of_the_site_itself()
    {
        var page = await Html.GetAsync(CreateClient(), "/fr/calls");
        Assert.Equal($"{Root}/fr/calls", Canonical(page));
        foreach (var culture in new[] { "ar", "zh", "en", "fr", "ru", "es" })
        {
            Assert.Equal($"{Root}/{culture}/calls", Alternate(page, culture));
        }

        Assert.Equal($"{Root}/en/calls", Alternate(page, "x-default"));
        Assert.Equal("/ru/calls", LanguageBarLink(page, "ru"));
        Assert.Equal("/es/search?q=sant%C3%A9", LanguageBarLink(await Html.GetAsync(CreateClient(), "/fr/search?q=sant%C3%A9"), "es"));
    }

    [Fact]
    public async Task Should_describe_every_page_in_open_graph_at_its_canonical_address()
    {
        var slug = UniqueSlug("og");
        await CreateAsync(Site, "Open data guide", "en", slug);
        var client = CreateClient();

        // A page of the site itself: a website, titled, in the visitor's language.
        var calls = await Html.GetAsync(client, "/es/calls");
        Assert.Equal($"{Root}/es/calls", Meta(calls, "og:url"));
        Assert.Equal(("website", "es"), (Meta(calls, "og:type"), Meta(calls, "og:locale")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(calls, "og:site_name")));
        Assert.StartsWith(Meta(calls, "og:title")!, calls.Title, StringComparison.Ordinal);
        Assert.Equal(Meta(calls, "og:description"), calls.Head!.QuerySelector("meta[name=description]")?.GetAttribute("content"));

        // An item shown under a notice in another language is shared at its original's address.
        var fallback = await Html.GetAsync(client, $"/ru/{slug}");
        Assert.Equal($"{Root}/en/{slug}", Meta(fallback, "og:url"));
        Assert.Equal(Canonical(fallback), Meta(fallback, "og:url"));
        Assert.Single(fallback.Head!.QuerySelectorAll("meta[property='og:url']"));
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        page.Head!.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string? Notice(IHtmlDocument page) => page.QuerySelector("main p.notice")?.TextContent.Trim();
}

public sealed class CultureSwitchSqliteTests(SharedSite site) : CultureSwitchTests(DatabaseProvider.Sqlite, site);

public sealed class CultureSwitchPostgresTests(SharedSite site) : CultureSwitchTests(DatabaseProvider.Postgres, site);
