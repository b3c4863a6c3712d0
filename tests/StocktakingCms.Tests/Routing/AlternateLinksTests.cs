using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Routing;
using Xunit;

namespace StocktakingCms.Tests.Routing;

/// <summary>The page's versions in the six languages, as the layout asks for them.</summary>
public sealed class AlternateLinksTests : IDisposable
{
    private const string Root = "https://stocktaking.example.org";
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public AlternateLinksTests() => CultureInfo.CurrentUICulture = CmsCultures.Create("fr");

    public void Dispose() => CultureInfo.CurrentUICulture = _uiCulture;

    [Theory]
    [InlineData("/fr/calls", "?page=2", "/calls")]
    [InlineData("/fr", "", "/")]
    [InlineData("/fr/", "", "/")]
    [InlineData("/error/404", "", "/error/404")]
    public void Should_swap_the_culture_segment_on_a_page_of_the_site(string path, string query, string rest)
    {
        var page = Create().Build(Request(path, query));

        Assert.Equal(CmsCultures.All.Select(c => $"/{c}{rest}{query}"), page.Languages.Select(l => l.Path));
        Assert.Equal(CmsCultures.All.Select(c => $"{Root}/{c}{rest}"), page.Existing.Select(l => l.Url));
        Assert.Equal(["fr"], page.Languages.Where(l => l.IsCurrent).Select(l => l.Culture.Name));
        Assert.Equal($"{Root}/fr{rest}", page.CanonicalUrl);
        Assert.Equal($"{Root}/en{rest}", page.DefaultUrl);
    }

    [Fact]
    public void Should_link_to_each_translation_and_keep_the_address_for_the_missing_ones()
    {
        var links = Create();
        links.UseTranslations("/ru/rukovodstvo", new Dictionary<string, string> { ["ru"] = "/ru/rukovodstvo", ["ar"] = "/ar/dalil" });

        // A French visitor asked for /fr/rukovodstvo: no French version, the Russian one is shown.
        var page = links.Build(Request("/fr/rukovodstvo", "?x=1"));

        Assert.Equal(["/ar/dalil", "/zh/rukovodstvo", "/en/rukovodstvo", "/fr/rukovodstvo", "/ru/rukovodstvo", "/es/rukovodstvo"], page.Languages.Select(l => l.Path));
        Assert.Equal(["ar", "ru"], page.Existing.Select(l => l.Culture.Name));
        Assert.Equal($"{Root}/ru/rukovodstvo", page.CanonicalUrl);
        // No English version: x-default is the first version in UN order, the same from every version.
        Assert.Equal($"{Root}/ar/dalil", page.DefaultUrl);
    }

    private static AlternateLinks Create() =>
        new(new SiteUrls(Options.Create(new StocktakingOptions { PublicUrl = Root + "/" }), new HttpContextAccessor()));

    private static HttpRequest Request(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }
}
