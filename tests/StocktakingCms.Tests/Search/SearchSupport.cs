using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Search.Lucene.Query;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Search;

/// <summary>Searches as a visitor does, and waits (polling, with a deadline) for the background indexing.</summary>
public static class SearchSupport
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<EntrySearchResult> SearchAsync(CmsSiteFactory site, string culture, string? q, int pageSize = 100) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<EntrySearchService>().SearchAsync(
            new EntrySearchRequest { Culture = culture, Q = q, PageSize = pageSize }));

    /// <summary>GET /api/entries with a query string; asserts 200 and reads the JSON.</summary>
    public static async Task<ApiResult> ApiAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/entries?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/entries?{query}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<ApiResult>(body, Json)!;
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the result of <paramref name="read"/>; fails after the deadline with the last result.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow - started > Deadline)
            {
                Assert.Fail($"After {Deadline.TotalSeconds} s, still not true: {what}. Last: {Describe(value)}");
            }

            await Task.Delay(100);
        }
    }

    private static string Describe<T>(T value) =>
        value is EntrySearchResult or ApiResult ? JsonSerializer.Serialize(value, Json) : value?.ToString() ?? "null";

    /// <summary>Waits until a search in <paramref name="culture"/> for <paramref name="q"/> finds the entry <paramref name="id"/>.</summary>
    public static Task<EntrySearchResult> FindsAsync(CmsSiteFactory site, string culture, string q, string id) =>
        EventuallyAsync(() => SearchAsync(site, culture, q), r => r.Items.Any(i => i.Id == id), $"[{culture}] \"{q}\" finds {id}");
}

public sealed record ApiResult(int Total, int Page, int PageSize, List<ApiItem> Items, Dictionary<string, List<ApiFacetValue>> Facets)
{
    public int Count(string facet, string code) => Facets.GetValueOrDefault(facet)?.FirstOrDefault(v => v.Code == code)?.Count ?? 0;
}

public sealed record ApiItem(string Id, string Title, string Summary, string Culture, string OriginalCulture, string Url, List<string> ActionLines, List<string> Sdgs, List<string> Countries);

public sealed record ApiFacetValue(string Code, string Label, int Count);
