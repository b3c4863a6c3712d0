using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Security;

/// <summary>
/// Every admin route of the running site (read from its endpoints, so a route a module adds
/// tomorrow is checked too) refuses anonymous visitors and users without the permission.
/// </summary>
public abstract class AdminAccessTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string SampleItem = "aboutstocktaking00000000en";
    private const string UserPassword = "Role-Test-Password-42";

    [Fact]
    public void Should_find_the_admin_routes_of_every_admin_module_when_endpoints_are_read()
    {
        var patterns = AdminEndpoints().Select(e => e.Pattern).ToList();

        Assert.Contains("admin", patterns);
        Assert.Contains("admin/modules", patterns);
        Assert.Contains("admin/content", patterns);
        Assert.Contains("admin/content/{id}/edit", patterns);
        Assert.Contains("admin/content/versions/{versionId}/restore", patterns);
    }

    [Fact]
    public async Task Should_redirect_to_the_sign_in_page_when_an_anonymous_visitor_opens_any_admin_page()
    {
        var client = CreateClient();
        var failures = new List<string>();

        foreach (var url in await AdminUrlsAsync(HttpMethods.Get))
        {
            using var response = await client.GetAsync(url);
            if (!IsRedirectTo(response, "/login", returnUrl: url))
            {
                failures.Add($"GET {url}: {Describe(response)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Should_refuse_without_changing_anything_when_an_anonymous_visitor_posts_to_any_admin_route()
    {
        var client = CreateClient();
        var failures = new List<string>();

        foreach (var url in await AdminUrlsAsync(HttpMethods.Post))
        {
            using var content = new FormUrlEncodedContent([new("submit", "publish"), new("version", "0")]);
            using var response = await client.PostAsync(url, content);
            // Authorization runs before the antiforgery check: the visitor is sent to sign in.
            if (!IsRedirectTo(response, "/login", returnUrl: url))
            {
                failures.Add($"POST {url}: {Describe(response)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var sample = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(SampleItem, VersionOptions.Published));
        Assert.NotNull(sample);
    }

    [Fact]
    public async Task Should_send_a_contributor_to_the_access_denied_page_when_opening_any_admin_page()
    {
        var client = await CreateClientInRoleAsync(CmsRoles.Contributor);
        var failures = new List<string>();

        foreach (var url in await AdminUrlsAsync(HttpMethods.Get))
        {
            using var response = await client.GetAsync(url);
            if (!IsRedirectTo(response, "/error/403", returnUrl: url))
            {
                failures.Add($"GET {url}: {Describe(response)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        using var denied = await client.GetAsync("/error/403");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("Access denied", H1(await denied.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_contributor_when_posting_to_any_admin_route_even_with_a_valid_token()
    {
        var client = await CreateClientInRoleAsync(CmsRoles.Contributor);
        var token = await client.GetAntiforgeryTokenAsync("/en/account/login");
        var failures = new List<string>();

        foreach (var url in await AdminUrlsAsync(HttpMethods.Post))
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("submit", "publish")]);
            using var response = await client.PostAsync(url, content);
            if (!IsRedirectTo(response, "/error/403", returnUrl: url))
            {
                failures.Add($"POST {url}: {Describe(response)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var sample = await Site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(SampleItem, VersionOptions.Published));
        Assert.NotNull(sample);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/content")]
    [InlineData("/admin/modules")]
    [InlineData("/admin/content/create/Page")]
    [InlineData($"/admin/content/{SampleItem}/edit")]
    [InlineData($"/admin/content/{SampleItem}/versions")]
    public async Task Should_open_the_admin_page_when_the_administrator_is_signed_in(string url)
    {
        var client = await CreateAdminClientAsync();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_let_an_editor_edit_content_but_not_switch_modules_when_signed_in()
    {
        var client = await CreateClientInRoleAsync(CmsRoles.Editor);

        using var content = await client.GetAsync("/admin/content");
        using var modules = await client.GetAsync("/admin/modules");

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.True(IsRedirectTo(modules, "/error/403", returnUrl: "/admin/modules"), Describe(modules));
    }

    /// <summary>Admin endpoints with the HTTP methods they answer (all when none are declared).</summary>
    private List<(string Pattern, RoutePattern Route, IReadOnlyList<string> Methods)> AdminEndpoints() =>
        [.. Site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.PathSegments.Count > 0
                && e.RoutePattern.PathSegments[0].Parts is [RoutePatternLiteralPart { Content: var first }]
                && string.Equals(first, "admin", StringComparison.OrdinalIgnoreCase))
            .Select(e => (
                string.Join("/", e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Text)))),
                e.RoutePattern,
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? (IReadOnlyList<string>)[HttpMethods.Get, HttpMethods.Post]))];

    /// <summary>A concrete address for every admin endpoint answering the method, with real ids where the route has some.</summary>
    private async Task<List<string>> AdminUrlsAsync(string method)
    {
        var versionId = await Site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<IContentManager>().ListVersionsAsync(SampleItem))[0].ContentItemVersionId);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = SampleItem,
            ["versionId"] = versionId,
            ["type"] = "Page",
        };
        var urls = AdminEndpoints()
            .Where(e => e.Methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            .Select(e => "/" + string.Join("/", e.Route.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternParameterPart parameter => values.GetValueOrDefault(parameter.Name, "x"),
                _ => Text(p),
            })))))
            .Distinct()
            .ToList();
        Assert.NotEmpty(urls);
        return urls;
    }

    private static string Text(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
        _ => "",
    };


    private bool IsRedirectTo(HttpResponseMessage response, string path, string returnUrl)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            return false;
        }

        var absolute = location.IsAbsoluteUri ? location : new Uri(Site.ClientOptions.BaseAddress, location);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(absolute.Query);
        return absolute.AbsolutePath == path
            && query.TryGetValue("ReturnUrl", out var back) && back == returnUrl;
    }

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.StatusCode} -> {response.Headers.Location}";

    private static string? H1(string html) => new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent.Trim();
}

public sealed class AdminAccessSqliteTests(SharedSite site) : AdminAccessTests(DatabaseProvider.Sqlite, site);

public sealed class AdminAccessPostgresTests(SharedSite site) : AdminAccessTests(DatabaseProvider.Postgres, site);
