using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Recipes.Export;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Recipes;

/// <summary>
/// The site exported as a recipe (<c>/admin/export</c>, <c>export PATH</c>): run on a new site it
/// recreates the content and configuration; run on the site it came from it changes nothing.
/// </summary>
public abstract class RecipeExportTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_recreate_entries_translations_drafts_and_roles_on_a_new_site_and_change_nothing_here()
    {
        var tag = TestEntries.Tag();
        var eHealth = (Action<ContentItem>)(item => item.Alter<TermsPart>(p => p.Set(EntryFields.ActionLines, ["C7-e-health"])));
        var englishId = await TestEntries.CreateAsync(Site, $"Exported network {tag}", publish: true, alter: eHealth);
        var set = (await TestEntries.GetAsync(Site, englishId))!.LocalizationSet;
        var frenchId = await TestEntries.CreateAsync(Site, $"Réseau exporté {tag}", publish: true, culture: "fr", alter: item =>
        {
            item.LocalizationSet = set;
            eHealth(item);
        });
        var draftId = await TestEntries.CreateAsync(Site, $"Exported draft {tag}", publish: false);
        var versionsBefore = await VersionCountAsync(Site, englishId);

        var recipe = await ExportAsync(Site);

        var again = await RunAsync(Site, recipe);
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(versionsBefore, await VersionCountAsync(Site, englishId));

        await using var target = await CmsSiteFactory.CreateAsync(Provider);
        var imported = await RunAsync(target, recipe);
        Assert.True(imported.Succeeded, imported.Error);

        var english = await TestEntries.GetAsync(target, englishId, VersionOptions.Published);
        Assert.Equal($"Exported network {tag}", english?.DisplayText);
        Assert.Equal(["C7-e-health", "C7"], english!.Get<TermsPart>()!.Get(EntryFields.ActionLines));
        Assert.Equal("private@example.org", english.Get<EntryPart>()!.PrivateContactEmail);
        var french = await TestEntries.GetAsync(target, frenchId, VersionOptions.Published);
        Assert.Equal((set, "fr"), (french?.LocalizationSet, french?.Culture));
        Assert.Null(await TestEntries.GetAsync(target, draftId, VersionOptions.Published));
        Assert.Equal($"Exported draft {tag}", (await TestEntries.GetAsync(target, draftId))?.DisplayText);
        Assert.Equal(await PermissionsAsync(Site, CmsRoles.Reviewer), await PermissionsAsync(target, CmsRoles.Reviewer));
    }

    [Fact]
    public async Task Should_download_the_recipe_from_the_admin_and_refuse_content_without_a_type()
    {
        var client = await CreateAdminClientAsync();

        using var refused = await client.PostFormAsync("/admin/export", "/admin/export", [new("IncludeContent", "true")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose at least one content type, or leave the content out.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var download = await client.PostFormAsync("/admin/export", "/admin/export", [new("IncludeContent", "true"), new("ContentTypes", "Page")]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.EndsWith(".recipe.json", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var recipe = JsonNode.Parse(await download.Content.ReadAsStringAsync())!.AsObject();
        var steps = recipe["steps"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["features", "settings", "roles", "content-definition", "taxonomies", "workflow-types", "content"], steps);
        var types = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "content")!["data"]!.AsArray()
            .Select(i => i!["contentType"]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal(["Page"], types);
    }

    private static async Task<RecipeDescriptor> ExportAsync(CmsSiteFactory site)
    {
        using var stream = new MemoryStream();
        await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().WriteAsync(new RecipeExportRequest(), stream));
        stream.Position = 0;
        return await RecipeReader.ReadAsync(stream, "export");
    }

    private static Task<RecipeResult> RunAsync(CmsSiteFactory site, RecipeDescriptor recipe) =>
        site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);

    private static Task<int> VersionCountAsync(CmsSiteFactory site, string id) =>
        site.WithScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().ListVersionsAsync(id)).Count);

    private static Task<List<string>> PermissionsAsync(CmsSiteFactory site, string role) =>
        site.WithScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
            var claims = await roles.GetClaimsAsync((await roles.FindByNameAsync(role))!);
            return claims.Where(c => c.Type == PermissionClaim.Type).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        });
}

public sealed class RecipeExportSqliteTests(SharedSite site) : RecipeExportTests(DatabaseProvider.Sqlite, site);

public sealed class RecipeExportPostgresTests(SharedSite site) : RecipeExportTests(DatabaseProvider.Postgres, site);
