using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Hosting;

/// <summary>
/// An exception thrown while a page is being answered gives the theme's 500 page in the language
/// of the address, and nothing of the exception reaches the visitor (the log has it).
/// </summary>
public sealed class UnhandledErrorTests
{
    private const string Secret = "connection-string-or-stack-detail";

    [Theory]
    [InlineData("/fr/search", "fr", "ltr", "Une erreur s'est produite")]
    [InlineData("/ar/search", "ar", "rtl", "حدث خطأ")]
    public async Task Should_answer_an_unexpected_error_with_the_localized_error_page_and_no_details(string url, string lang, string dir, string title)
    {
        await using var site = await CmsSiteFactory.StartAsync(
            DatabaseProvider.Sqlite, configureServices: services => services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowWhenAsked())));

        using var response = await site.CreateClient().GetAsync($"{url}?q=water&{ThrowWhenAsked.Parameter}=1");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = new HtmlParser().ParseDocument(body);
        Assert.Equal((lang, dir), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal(title, page.QuerySelector(".error-page h1")?.TextContent.Trim());

        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
    }

    /// <summary>Fails the action of any request that asks for it, as a bug deep in a page would; not the error page itself.</summary>
    private sealed class ThrowWhenAsked : IActionFilter
    {
        public const string Parameter = "fail-for-test";

        public void OnActionExecuting(ActionExecutingContext context)
        {
            var request = context.HttpContext.Request;
            if (request.Query.ContainsKey(Parameter) && !request.Path.StartsWithSegments("/error"))
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
