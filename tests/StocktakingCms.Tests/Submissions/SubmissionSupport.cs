using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Submissions;

/// <summary>Walking the public submission form the way a browser does: its pages, its tokens, its posts.</summary>
internal static class SubmissionSupport
{
    /// <summary>A complete, valid answer for each step; a test changes only what it checks.</summary>
    public static Dictionary<string, string> Organisation() => new()
    {
        ["OrganisationName"] = "Agence nationale du numérique",
        ["StakeholderType"] = "government",
        ["Partners"] = "Université Cheikh Anta Diop\nOrange Sénégal",
        ["PublicContactName"] = "Awa Ndiaye",
        ["PublicContactOrganisation"] = "Direction des projets",
        ["PrivateContactEmail"] = "awa.ndiaye@example.org",
        ["PrivateContactPhone"] = "+221 33 000 00 00",
    };

    public static Dictionary<string, string> Project(string title) => new()
    {
        ["Title"] = title,
        ["ShortDescription"] = "Community telecentres bring connectivity and digital skills to rural women.",
        ["FullDescription"] = "## Results\n\n- 120 telecentres\n- 40,000 people trained",
        ["ProjectStatus"] = "ongoing",
        ["StartDate"] = "2021-03-01",
        ["TargetGroups"] = "Rural women",
    };

    public static List<KeyValuePair<string, string>> Classification() =>
    [
        new("ActionLines", "C4"), new("ActionLines", "C7-e-learning"),
        new("SdgGoals", "4"), new("SdgGoals", "5"), new("SdgTargets", "4.4"),
        new("Countries", "SN"), new("Coverage", "national"),
    ];

    /// <summary>Posts a step with the button <paramref name="go"/> (next, save, back, upload).</summary>
    public static Task<HttpResponseMessage> PostStepAsync(this HttpClient client, string stepUrl, IEnumerable<KeyValuePair<string, string>> fields, string go = "next") =>
        client.PostFormAsync(stepUrl, stepUrl, fields.Append(new("go", go)));

    /// <summary>Posts the media step as multipart, with files.</summary>
    public static async Task<HttpResponseMessage> PostMediaAsync(
        this HttpClient client, string stepUrl, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Field, string FileName, byte[] Bytes)> files, string go = "upload")
    {
        var token = await client.GetAntiforgeryTokenAsync(stepUrl);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token)).Append(new("go", go)))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, field, fileName);
        }

        return await client.PostAsync(stepUrl, content);
    }

    /// <summary>Starts a draft and returns the address of its first step.</summary>
    public static async Task<string> StartAsync(this HttpClient client, string culture = "en")
    {
        using var response = await client.PostFormAsync($"/{culture}/submit", $"/{culture}/submit/new", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Fills the first four steps with valid answers; returns the draft's base address (/en/submit/{id}).</summary>
    public static async Task<string> FillAllStepsAsync(this HttpClient client, string title, string culture = "en")
    {
        var first = await client.StartAsync(culture);
        var baseUrl = first[..first.LastIndexOf('/')];
        await ExpectRedirectAsync(client.PostStepAsync(first, Organisation()), $"{baseUrl}/project");
        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/project", Project(title)), $"{baseUrl}/classification");
        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/classification", Classification()), $"{baseUrl}/media");
        await ExpectRedirectAsync(client.PostStepAsync($"{baseUrl}/media", [new("Website", "https://example.org/telecentres")]), $"{baseUrl}/review");
        return baseUrl;
    }

    /// <summary>Fills every step and submits; returns the submission's base address.</summary>
    public static async Task<string> SubmitNewEntryAsync(this HttpClient client, string title)
    {
        var baseUrl = await client.FillAllStepsAsync(title);
        await ExpectRedirectAsync(client.PostFormAsync($"{baseUrl}/review", $"{baseUrl}/submit", []), "/en/my-entries");
        return baseUrl;
    }

    public static async Task ExpectRedirectAsync(Task<HttpResponseMessage> post, string location)
    {
        using var response = await post;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await ParseAsync(response);
            var errors = string.Join(" | ", page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            Assert.Fail($"Expected a redirect to {location}, got {(int)response.StatusCode}: {errors}");
        }

        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static string? FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;
}
