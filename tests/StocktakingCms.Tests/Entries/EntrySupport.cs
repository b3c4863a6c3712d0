using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Data;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Entries;

/// <summary>
/// Valid stocktaking entries for tests, made through the site's content manager: every required
/// field filled, classification in the recipe's taxonomies; a test changes only what it checks.
/// </summary>
public static class TestEntries
{
    public const string Type = EntryFields.ContentType;

    /// <summary>A new, valid, unsaved entry (action line C4, SDG 4, government, Switzerland, ongoing).</summary>
    public static async Task<ContentItem> NewAsync(IContentManager content, string title, string culture = "en", string? slug = null)
    {
        var item = await content.NewAsync(Type);
        item.Culture = culture;
        item.Alter<TitlePart>(p => p.Title = title)
            .Alter<AutoroutePart>(p => p.Slug = slug ?? UniqueSlug("entry"))
            .Alter<EntryPart>(p =>
            {
                p.ShortDescription = $"What {title} does, in a few words.";
                p.FullDescription = $"## {title}\n\nThe full story.";
                p.OrganisationName = "Test organisation";
                p.StartDate = new DateOnly(2023, 1, 1);
                p.EndDate = new DateOnly(2025, 12, 31);
                p.TargetGroups = "Everyone";
                p.Partners = ["Partner one", "Partner two"];
                p.Website = "https://example.org/project";
                p.PublicContactName = "Public Contact";
                p.PublicContactOrganisation = "Public Organisation";
                p.PrivateContactEmail = "private@example.org";
                p.PrivateContactPhone = "+41 22 000 00 00";
            })
            .Alter<TermsPart>(p =>
            {
                p.Set(EntryFields.ActionLines, ["C4"]);
                p.Set(EntryFields.SdgGoals, ["4"]);
                p.Set(EntryFields.StakeholderType, ["government"]);
                p.Set(EntryFields.Countries, ["CH"]);
                p.Set(EntryFields.Status, ["ongoing"]);
            });
        return item;
    }

    /// <summary>Creates a valid entry (changed by <paramref name="alter"/>), asserting success; returns its id.</summary>
    public static async Task<string> CreateAsync(
        CmsSiteFactory site, string title, bool publish, string culture = "en", Action<ContentItem>? alter = null, string? slug = null)
    {
        var result = await site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await NewAsync(content, title, culture, slug);
            alter?.Invoke(item);
            return await content.CreateAsync(item, publish);
        });
        Assert.True(result.Succeeded, Describe(result));
        return result.Item!.ContentItemId;
    }

    public static Task<ContentItem?> GetAsync(CmsSiteFactory site, string id, VersionOptions version = VersionOptions.Latest) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, version));

    /// <summary>Loads the latest version, changes it and saves it (a new draft when it is published).</summary>
    public static async Task<ContentOperationResult> EditAsync(CmsSiteFactory site, string id, Action<ContentItem> alter, bool publish = false)
    {
        var result = await site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(id, VersionOptions.Latest))!;
            alter(item);
            var updated = await content.UpdateAsync(item, item.Version);
            return updated.Succeeded && publish ? await content.PublishAsync(id) : updated;
        });
        return result;
    }

    public static string UniqueSlug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A unique tag of lowercase letters and digits (usable in ids, slugs and codes).</summary>
    public static string Tag() => Guid.NewGuid().ToString("N")[..10];

    public static string Describe(ContentOperationResult result) =>
        $"{result.Failure}: {string.Join(" | ", result.Errors.Select(e => $"{e.Key}={string.Join(" ", e.Value)}"))}";

    /// <summary>Asserts that no table holds anything of the item: versions, addresses, term links, entry index.</summary>
    public static Task AssertNothingStoredAsync(CmsSiteFactory site, string id) =>
        site.WithScopeAsync(async sp =>
        {
            Assert.False(await sp.GetRequiredService<CoreDbContext>().ContentItems.AnyAsync(i => i.ContentItemId == id), "content item rows");
            Assert.False(await sp.GetRequiredService<ContentsDbContext>().AutorouteEntries.AnyAsync(e => e.ContentItemId == id), "address rows");
            Assert.False(await sp.GetRequiredService<TaxonomiesDbContext>().TermLinks.AnyAsync(l => l.ContentItemId == id), "term link rows");
            Assert.False(await sp.GetRequiredService<EntriesDbContext>().Entries.AnyAsync(e => e.ContentItemId == id), "entry index rows");
        });

    /// <summary>The term links of an item: (published?, field, term code), sorted.</summary>
    public static Task<List<(bool Published, string Field, string Term)>> TermLinksAsync(CmsSiteFactory site, string id) =>
        site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<TaxonomiesDbContext>().TermLinks.AsNoTracking()
                .Where(l => l.ContentItemId == id).ToListAsync())
            .Select(l => (l.Published, l.Field, l.TermCode))
            .Order()
            .ToList());
}

/// <summary>Reference data as the recipe ships it (the test output's copy of <c>recipes/data</c>).</summary>
public static class ReferenceFiles
{
    public static string RecipesFolder => Path.Combine(AppContext.BaseDirectory, "recipes");

    public static string SetupRecipe => Path.Combine(RecipesFolder, "stocktaking.recipe.json");

    public static TaxonomyPart Taxonomy(string code)
    {
        using var stream = File.OpenRead(Path.Combine(RecipesFolder, "data", $"{code}.taxonomy.json"));
        return JsonSerializer.Deserialize<TaxonomyPart>(stream, ContentJson.Options)
            ?? throw new InvalidOperationException($"Empty taxonomy file {code}.");
    }

    public static TaxonomyTerm Term(string taxonomy, string code) =>
        Taxonomy(taxonomy).AllTerms().Single(t => t.Code == code);

    /// <summary>The M49 areas of a country, as the entry handler should derive them (region, sub-region, intermediate).</summary>
    public static IReadOnlyList<string> RegionsOf(TaxonomyPart countries, string country)
    {
        var attributes = countries.AllTerms().Single(t => t.Code == country).Attributes;
        return [.. new[] { "region", "subRegion", "intermediateRegion" }.Select(attributes.GetValueOrDefault).OfType<string>()];
    }
}

/// <summary>HTML pages and forms read and posted the way a browser does.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {await DescribeAsync(response)}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>What a browser would post for a form as it is: named inputs, checked boxes, selected options, textareas.</summary>
    public static List<KeyValuePair<string, string>> Fields(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected && !o.IsDisabled).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Replaces every value of <paramref name="name"/> (a text field, or all ticks of a term field).</summary>
    public static List<KeyValuePair<string, string>> Set(this List<KeyValuePair<string, string>> fields, string name, params string[] values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return fields;
    }

    /// <summary>Opens <paramref name="pageUrl"/>, fills its form (chosen by <paramref name="formSelector"/>) and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string pageUrl, string formSelector, Action<List<KeyValuePair<string, string>>> fill)
    {
        var page = await GetAsync(client, pageUrl);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}.");
        var fields = Fields(form);
        fill(fields);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.GetAttribute("action") ?? pageUrl, content);
    }

    public static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var text = $"{(int)response.StatusCode} -> {response.Headers.Location}";
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = await ParseAsync(response);
            var errors = page.QuerySelectorAll(".validation-summary li, .field-validation-error, .field-error, .message.error")
                .Select(e => e.TextContent.Trim()).Where(e => e.Length > 0);
            text += $" errors: {string.Join(" | ", errors)}";
        }

        return text;
    }
}
