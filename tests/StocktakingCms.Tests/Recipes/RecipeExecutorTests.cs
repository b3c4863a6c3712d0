using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Core.Recipes.Steps;
using StocktakingCms.Core.Security;
using StocktakingCms.Core.Settings;
using StocktakingCms.Core.Setup;
using StocktakingCms.Testing;
using Xunit.Abstractions;

namespace StocktakingCms.Tests.Recipes;

/// <summary>
/// Recipes on a real site: what the setup recipe made, running it again, steps that fail (the
/// message and what stays in the database), and a large content import in batches.
/// </summary>
public abstract class RecipeExecutorTests(DatabaseProvider provider, SharedSite shared, ITestOutputHelper output) : SiteTests(provider, shared)
{
    private const string AboutEn = "aboutstocktaking00000000en";
    private const string AboutFr = "aboutstocktaking00000000fr";

    [Fact]
    public async Task Should_have_made_the_page_type_the_roles_and_the_sample_pages_when_the_site_was_set_up()
    {
        await Site.WithScopeAsync(async sp =>
        {
            var page = await sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync("Page");
            Assert.NotNull(page);
            Assert.Equal(["TitlePart", "AutoroutePart", "MarkdownBodyPart"], page.Parts.Select(p => p.PartName));
            Assert.True(page.Settings.Draftable);

            // Each role holds what the recipe lists, or its modules' defaults when the recipe lists none.
            var roles = await RolePermissionsAsync(sp);
            var recipe = await RecipeReader.ReadFileAsync(sp.GetRequiredService<RecipeLocator>().Find("stocktaking")!);
            var declared = recipe.Steps.Single(s => (string?)s["name"] == "roles")["roles"]!.AsArray().Select(r => r!.AsObject()).ToList();
            var defaults = sp.GetServices<IPermissionProvider>().SelectMany(p => p.GetDefaultRoles()).ToList();
            Assert.Equal(CmsRoles.All.Order(), roles.Keys.Where(CmsRoles.All.Contains).Order());
            foreach (var role in declared)
            {
                var name = (string)role["name"]!;
                var expected = role["permissions"] is JsonArray listed
                    ? listed.Select(p => (string)p!)
                    : defaults.Where(d => d.Role == name).SelectMany(d => d.Permissions).Select(p => p.Name);
                Assert.Equal(expected.Distinct().Order(StringComparer.Ordinal), roles[name]);
            }

            Assert.Contains("ManageContent", roles[CmsRoles.Editor]);
            Assert.Contains("AccessAdmin", roles[CmsRoles.Editor]);
            Assert.Contains("EditContent", roles[CmsRoles.Reviewer]);
            Assert.Contains("SubmitEntries", roles[CmsRoles.Contributor]); // a stakeholder who registers can submit

            var content = sp.GetRequiredService<IContentManager>();
            var english = await content.GetAsync(AboutEn, VersionOptions.Published);
            var french = await content.GetAsync(AboutFr, VersionOptions.Published);
            Assert.Equal("About the WSIS Stocktaking", english!.As<TitlePart>().Title);
            Assert.Equal("about", english.As<AutoroutePart>().Slug);
            Assert.Equal("en", english.Culture);
            Assert.Equal("À propos de l'inventaire du SMSI", french!.As<TitlePart>().Title);
            Assert.Equal("fr", french.Culture);
            Assert.Equal(english.LocalizationSet, french.LocalizationSet);

            var settings = await sp.GetRequiredService<SiteDocuments>().GetAsync<SiteSettings>();
            Assert.Equal("en", settings.DefaultCulture);
            Assert.Equal(CmsCultures.All.Order(), settings.SupportedCultures.Order());
        });
    }

    [Fact]
    public async Task Should_change_nothing_when_the_setup_recipe_runs_again()
    {
        var before = await SnapshotAsync();
        var path = Site.Services.GetRequiredService<RecipeLocator>().Find("stocktaking");
        Assert.NotNull(path);

        var result = await Site.Services.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(await RecipeReader.ReadFileAsync(path));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Content: 0 created, 0 updated, [1-9][0-9]* unchanged\.$"));
        var after = await SnapshotAsync();
        Assert.Empty(after.Items.Except(before.Items));
        Assert.Empty(before.Items.Except(after.Items));
        Assert.Equal(before.Items, after.Items);
        Assert.Equal(before.Roles, after.Roles);
        Assert.Equal(before.Types, after.Types);
    }

    [Fact]
    public async Task Should_name_the_recipe_step_and_reason_and_keep_earlier_steps_when_a_definition_step_fails()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var recipe = Recipe($"broken-{tag}",
            new JsonObject
            {
                ["name"] = "roles",
                ["roles"] = new JsonArray(new JsonObject { ["name"] = $"Kept{tag}", ["permissions"] = new JsonArray() }),
            },
            new JsonObject
            {
                ["name"] = "content-definition",
                ["contentTypes"] = new JsonArray(
                    new JsonObject { ["name"] = $"Gadget{tag}", ["parts"] = new JsonArray(new JsonObject { ["partName"] = "TitlePart" }) },
                    new JsonObject { ["name"] = $"Broken{tag}", ["parts"] = new JsonArray(new JsonObject { ["partName"] = "NoSuchPart" }) }),
            },
            new JsonObject
            {
                ["name"] = "roles",
                ["roles"] = new JsonArray(new JsonObject { ["name"] = $"Never{tag}", ["permissions"] = new JsonArray() }),
            });

        var result = await Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);

        Assert.False(result.Succeeded);
        Assert.Contains($"Recipe 'broken-{tag}', step 2 'content-definition' failed", result.Error);
        Assert.Contains("NoSuchPart", result.Error);
        Assert.Equal(result.Error, result.Lines[^1]);
        await Site.WithScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
            Assert.NotNull(await roles.FindByNameAsync($"Kept{tag}"));
            Assert.Null(await roles.FindByNameAsync($"Never{tag}"));
            // The valid type of the failed step was rolled back with it: neither stored nor cached.
            Assert.False(await sp.GetRequiredService<CoreDbContext>().ContentDefinitions.AnyAsync(d => d.Name == $"Gadget{tag}"));
            Assert.Null(await sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync($"Gadget{tag}"));
        });
    }

    [Fact]
    public async Task Should_save_no_item_of_the_step_when_a_content_step_names_an_undefined_type()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var goodId = $"good{tag}";
        var recipe = Recipe($"undefined-type-{tag}",
            ContentStepJson(
                PageJson(goodId, "A good page", $"good-{tag}"),
                new JsonObject { ["contentItemId"] = $"bad{tag}", ["contentType"] = "NoSuchType", ["parts"] = new JsonObject() }));

        var result = await Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);

        Assert.False(result.Succeeded);
        Assert.Contains($"Recipe 'undefined-type-{tag}', step 1 'content' failed", result.Error);
        Assert.Contains("Item 2", result.Error);
        Assert.Contains("'NoSuchType' is not defined", result.Error);
        Assert.EndsWith("Nothing of this step was saved.", result.Error, StringComparison.Ordinal);
        await AssertNotStoredAsync(goodId);
    }

    [Fact]
    public async Task Should_roll_back_the_batch_when_the_content_manager_refuses_an_item()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var goodId = $"good{tag}";
        var recipe = Recipe($"refused-item-{tag}",
            ContentStepJson(PageJson(goodId, "A good page", $"good-{tag}"), PageJson($"bad{tag}", "Reserved address", "admin")));

        var result = await Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);

        Assert.False(result.Succeeded);
        Assert.Contains($"Recipe 'refused-item-{tag}', step 1 'content' failed", result.Error);
        Assert.Contains($"'bad{tag}'", result.Error);
        Assert.Contains("\"admin\" is reserved", result.Error);
        Assert.EndsWith("Nothing of this step was saved.", result.Error, StringComparison.Ordinal);
        await AssertNotStoredAsync(goodId);
    }

    [Fact]
    public async Task Should_keep_earlier_batches_and_say_so_when_an_item_of_a_later_batch_is_refused()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var items = Enumerable.Range(1, ContentStep.BatchSize)
            .Select(i => PageJson($"kept{tag}{i:D5}", $"Kept page {i}", $"kept-{tag}-{i}", published: false))
            .Append(PageJson($"late{tag}", "Refused late", "admin"))
            .ToArray();

        var result = await Site.Services.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(Recipe($"late-refusal-{tag}", ContentStepJson(items)));

        Assert.False(result.Succeeded);
        Assert.Contains($"Recipe 'late-refusal-{tag}', step 1 'content' failed: The item 'late{tag}' (Page) was refused", result.Error);
        Assert.Contains($"The {ContentStep.BatchSize} items of earlier batches were saved", result.Error);
        Assert.DoesNotContain("Nothing of this step was saved", result.Error);
        await Site.WithScopeAsync(async sp => Assert.Equal(ContentStep.BatchSize,
            await sp.GetRequiredService<CoreDbContext>().ContentItems.CountAsync(i => i.ContentItemId.StartsWith($"kept{tag}"))));
    }

    [Fact]
    public async Task Should_import_in_batches_and_report_progress_when_a_content_step_has_many_items()
    {
        const int count = 2_000;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var items = Enumerable.Range(1, count)
            .Select(i => PageJson($"bulk{tag}{i:D5}", $"Bulk page {i}", $"bulk-{tag}-{i}", published: i % 10 == 0))
            .ToArray();
        var progress = new List<string>();
        var watch = Stopwatch.StartNew();

        var result = await Site.Services.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(Recipe($"bulk-{tag}", ContentStepJson(items)), line =>
            {
                progress.Add(line);
                output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: {line}");
            });

        output.WriteLine($"{count} items imported on {Provider} in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(result.Succeeded, result.Error);
        var batches = Enumerable.Range(1, count / ContentStep.BatchSize)
            .Select(b => $"Content: {b * ContentStep.BatchSize} of {count} items saved.");
        Assert.Equal([.. batches, $"Content: {count} created, 0 updated, 0 unchanged."], progress.Where(l => l.StartsWith("Content:", StringComparison.Ordinal)));

        await Site.WithScopeAsync(async sp =>
        {
            var rows = sp.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking().Where(i => i.ContentItemId.StartsWith($"bulk{tag}"));
            Assert.Equal(count, await rows.CountAsync());
            Assert.Equal(count / 10, await rows.CountAsync(i => i.Published));
            var last = await sp.GetRequiredService<IContentManager>().GetAsync($"bulk{tag}{count:D5}", VersionOptions.Published);
            Assert.Equal($"bulk-{tag}-{count}", last!.As<AutoroutePart>().Slug);
        });
    }

    private static RecipeDescriptor Recipe(string name, params JsonObject[] steps) =>
        new() { Name = name, Source = $"{name}.recipe.json", Steps = [.. steps] };

    private static JsonObject ContentStepJson(params JsonObject[] items) =>
        new() { ["name"] = "content", ["data"] = new JsonArray(items) };

    private static JsonObject PageJson(string id, string title, string slug, bool published = true) => new()
    {
        ["contentItemId"] = id,
        ["contentType"] = "Page",
        ["culture"] = "en",
        ["published"] = published,
        ["parts"] = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["title"] = title },
            ["AutoroutePart"] = new JsonObject { ["slug"] = slug },
            ["MarkdownBodyPart"] = new JsonObject { ["markdown"] = $"Text of {title}." },
        },
    };

    private Task AssertNotStoredAsync(string id) =>
        Site.WithScopeAsync(async sp =>
            Assert.False(await sp.GetRequiredService<CoreDbContext>().ContentItems.AnyAsync(i => i.ContentItemId == id)));

    private static async Task<Dictionary<string, List<string>>> RolePermissionsAsync(IServiceProvider sp)
    {
        var manager = sp.GetRequiredService<RoleManager<CmsRole>>();
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var role in await manager.Roles.ToListAsync())
        {
            IList<Claim> claims = await manager.GetClaimsAsync(role);
            result[role.Name!] = [.. claims.Where(c => c.Type == PermissionClaim.Type).Select(c => c.Value).Order(StringComparer.Ordinal)];
        }

        return result;
    }

    private Task<Snapshot> SnapshotAsync() =>
        Site.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoreDbContext>();
            var items = await db.ContentItems.AsNoTracking().OrderBy(i => i.Id)
                .Select(i => $"{i.ContentType} {i.ContentItemId} '{i.DisplayText}' #{i.Number} v{i.Version} latest={i.Latest} published={i.Published} deleted={i.Deleted}")
                .ToListAsync();
            var roles = (await RolePermissionsAsync(sp)).OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => $"{r.Key}: {string.Join(", ", r.Value)}").ToList();
            var types = await db.ContentDefinitions.AsNoTracking().OrderBy(d => d.Name).Select(d => d.Json).ToListAsync();
            return new Snapshot(items, roles, types);
        });

    private sealed record Snapshot(List<string> Items, List<string> Roles, List<string> Types);
}

public sealed class RecipeExecutorSqliteTests(SharedSite site, ITestOutputHelper output)
    : RecipeExecutorTests(DatabaseProvider.Sqlite, site, output);

public sealed class RecipeExecutorPostgresTests(SharedSite site, ITestOutputHelper output)
    : RecipeExecutorTests(DatabaseProvider.Postgres, site, output);
