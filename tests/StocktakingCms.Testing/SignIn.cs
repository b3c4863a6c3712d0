using System.Net;
using AngleSharp.Html.Parser;

namespace StocktakingCms.Testing;

/// <summary>Browser-like helpers for HttpClient tests: read antiforgery tokens, post forms, sign in.</summary>
public static class SiteClient
{
    /// <summary>The antiforgery token of the first form of a page.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }

    /// <summary>Posts a form the way a browser would: the page's token plus the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string actionUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(actionUrl, content);
    }

    /// <summary>Signs in through /login; the client must keep cookies and not follow redirects.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password)
    {
        var response = await client.PostFormAsync("/en/account/login", "/en/account/login",
        [
            new("UserNameOrEmail", userName),
            new("Password", password),
        ]);
        return response.StatusCode == HttpStatusCode.Redirect
            ? response
            : throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}.");
    }
}
