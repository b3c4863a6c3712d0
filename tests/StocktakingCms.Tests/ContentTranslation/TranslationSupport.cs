using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.ContentTranslation;

/// <summary>Pages (a translatable type with a title, an address and a body) made through the site's content manager.</summary>
public static class TestPages
{
    /// <summary>The Stocktaking:PublicUrl of tests that check absolute addresses.</summary>
    public const string PublicUrl = "https://stocktaking.example.org";

    /// <summary>Creates a page, in the localization set of <paramref name="translationOf"/> when given; returns it as saved.</summary>
    public static async Task<ContentItem> CreateAsync(
        CmsSiteFactory site, string title, string culture, string slug, bool publish = true, ContentItem? translationOf = null, string type = "Page")
    {
        var result = await site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync(type);
            item.Culture = culture;
            item.LocalizationSet = translationOf?.LocalizationSet ?? "";
            item.Alter<TitlePart>(p => p.Title = title)
                .Alter<AutoroutePart>(p => p.Slug = slug)
                .Alter<MarkdownBodyPart>(p => p.Markdown = $"The text of **{title}**.");
            return await content.CreateAsync(item, publish);
        });
        Assert.True(result.Succeeded, string.Join(" ", result.AllMessages));
        return result.Item!;
    }

    public static string EditUrl(string id) => $"/admin/content/{id}/edit";

    /// <summary>The href of the page's <c>&lt;link rel="alternate" hreflang="..."&gt;</c>, or null.</summary>
    public static string? Alternate(IHtmlDocument page, string hreflang) =>
        page.Head!.QuerySelector($"link[rel=alternate][hreflang='{hreflang}']")?.GetAttribute("href");

    public static string? Canonical(IHtmlDocument page) =>
        page.Head!.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    /// <summary>Where the language bar's link to <paramref name="culture"/> goes (null for the current language, which is not a link).</summary>
    public static string? LanguageBarLink(IHtmlDocument page, string culture) =>
        page.QuerySelector($"nav.language-bar a[lang='{culture}']")?.GetAttribute("href");
}
