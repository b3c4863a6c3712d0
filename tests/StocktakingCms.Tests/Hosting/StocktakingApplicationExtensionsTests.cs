using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Hosting;

/// <summary>
/// The request pipeline every site gets from <c>UseStocktakingCms</c>: security headers,
/// localized error pages, the culture of the address, the health endpoint.
/// </summary>
public abstract class StocktakingApplicationExtensionsTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Theory]
    [InlineData("/en/about")]
    [InlineData("/fr/no-such-page")]
    [InlineData("/en/account/login")]
    public async Task Should_send_the_security_headers_when_a_page_is_served(string url)
    {
        using var response = await CreateClient().GetAsync(url);

        var headers = response.Headers;
        var csp = Assert.Single(headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Should_serve_the_stylesheet_fingerprinted_and_compressed_and_compress_the_pages()
    {
        var client = CreateClient();
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/en/");
        pageRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        using var page = await client.SendAsync(pageRequest);
        Assert.Equal("gzip", Assert.Single(page.Content.Headers.ContentEncoding));

        var home = new HtmlParser().ParseDocument(await CreateClient().GetStringAsync("/en/"));
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href") ?? "";
        // The address changes with the file's content (MapStaticAssets), so a new stylesheet is never read from an old cache.
        Assert.Matches(@"^/_content/StocktakingCms\.Theme/site\.[a-z0-9]{6,}\.css$", stylesheet);
        using var cssRequest = new HttpRequestMessage(HttpMethod.Get, stylesheet);
        cssRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        using var css = await client.SendAsync(cssRequest);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("gzip", Assert.Single(css.Content.Headers.ContentEncoding));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_show_the_not_found_page_in_the_default_language_when_the_culture_of_the_address_is_unknown()
    {
        using var response = await CreateClient().GetAsync("/xx/about");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/fr/no-such-page", "fr", "ltr", "Page introuvable")]
    [InlineData("/en/no-such-page", "en", "ltr", "Page not found")]
    [InlineData("/ar/no-such-page", "ar", "rtl", "الصفحة غير موجودة")]
    public async Task Should_show_the_not_found_page_in_the_language_of_the_address_when_a_page_does_not_exist(
        string url, string lang, string dir, string title)
    {
        using var response = await CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(dir, page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Should_send_the_visitor_to_their_language_when_the_root_is_opened()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-CH"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en", 0.5));

        using var response = await CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/fr/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_report_healthy_as_json_when_the_database_answers()
    {
        using var response = await CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("database").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("dataFolder").GetString());
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}

public sealed class StocktakingApplicationExtensionsSqliteTests(SharedSite site)
    : StocktakingApplicationExtensionsTests(DatabaseProvider.Sqlite, site);

public sealed class StocktakingApplicationExtensionsPostgresTests(SharedSite site)
    : StocktakingApplicationExtensionsTests(DatabaseProvider.Postgres, site);
