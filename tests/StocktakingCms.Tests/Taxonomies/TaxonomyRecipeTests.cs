using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Recipes;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Recipes;
using StocktakingCms.Taxonomies.Services;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;

namespace StocktakingCms.Tests.Taxonomies;

/// <summary>
/// The <c>taxonomies</c> recipe step on a real site: the setup recipe's nine taxonomies, running
/// the setup recipe again, and an inline taxonomy of its own (created, unchanged, updated, and a
/// term that content uses which a later recipe may not drop). No test here changes the setup
/// recipe's taxonomies, so the recipe can be run again at any time.
/// </summary>
public abstract class TaxonomyRecipeTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private static readonly string[] SetupTaxonomies =
    [
        "action-lines", "sdgs", "regions", "countries", "stakeholder-types", "coverage", "project-status", "special-repositories", "report-editions",
    ];

    [Fact]
    public async Task Should_have_made_every_taxonomy_with_the_terms_of_its_file_when_the_site_was_set_up()
    {
        var stored = await TermCodesAsync();

        Assert.Equal(SetupTaxonomies.Order(), stored.Keys.Where(SetupTaxonomies.Contains).Order());
        foreach (var code in SetupTaxonomies)
        {
            var file = ReferenceFiles.Taxonomy(code);
            Assert.Equal(file.AllTerms().Select(t => t.Code), stored[code]);
        }

        // Spot checks of the shape: 11 action lines with C7's eight sub-lines, 17 goals and their targets.
        Assert.Equal(24, stored["action-lines"].Count);
        Assert.Equal(17, await Site.WithScopeAsync(async sp => (await sp.GetRequiredService<TaxonomyStore>().GetAsync("sdgs"))!.Taxonomy.Terms.Count));
    }

    [Fact]
    public async Task Should_report_unchanged_and_keep_rows_and_term_codes_when_the_setup_recipe_runs_again()
    {
        var rowsBefore = await TaxonomyRowsAsync();
        var codesBefore = await TermCodesAsync();
        var recipe = await RecipeReader.ReadFileAsync(ReferenceFiles.SetupRecipe);

        var result = await Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(SetupTaxonomies.Select(code => $"Taxonomy {code} unchanged."), result.Lines.Where(l => l.Contains("axonomy", StringComparison.Ordinal)));
        Assert.Equal(rowsBefore, await TaxonomyRowsAsync());
        var codesAfter = await TermCodesAsync();
        Assert.Equal(codesBefore.Keys.Order(), codesAfter.Keys.Order());
        foreach (var (code, terms) in codesBefore)
        {
            Assert.Equal(terms, codesAfter[code]);
        }
    }

    [Fact]
    public async Task Should_create_then_leave_then_update_an_inline_taxonomy_when_its_recipe_runs_three_times()
    {
        var code = $"topics-{TestEntries.Tag()}";
        var first = await RunAsync(TaxonomyStep(code, Term("a", "Alpha"), Term("b", "Beta", Term("b.1", "Beta one"))));
        Assert.True(first.Succeeded, first.Error);
        Assert.Contains($"Created taxonomy {code} (3 terms).", first.Lines);
        var rows = await TaxonomyRowsAsync();

        var second = await RunAsync(TaxonomyStep(code, Term("a", "Alpha"), Term("b", "Beta", Term("b.1", "Beta one"))));
        Assert.True(second.Succeeded, second.Error);
        Assert.Contains($"Taxonomy {code} unchanged.", second.Lines);
        Assert.Equal(rows, await TaxonomyRowsAsync());

        var third = await RunAsync(TaxonomyStep(code, Term("a", "Alpha renamed"), Term("b", "Beta", Term("b.1", "Beta one")), Term("c", "Gamma")));
        Assert.True(third.Succeeded, third.Error);
        Assert.Contains($"Updated taxonomy {code} (4 terms).", third.Lines);
        var tree = await Site.WithScopeAsync(sp => sp.GetRequiredService<TaxonomyStore>().GetAsync(code));
        Assert.NotNull(tree);
        Assert.Equal(["a", "b", "b.1", "c"], tree.Taxonomy.AllTerms().Select(t => t.Code));
        Assert.Equal("Alpha renamed", tree.Find("a")!.Names.For("en"));
        Assert.Equal("b", tree.ParentOf("b.1")!.Code);
    }

    [Fact]
    public async Task Should_refuse_with_the_term_and_its_item_count_when_a_recipe_drops_a_term_that_content_uses()
    {
        var tag = TestEntries.Tag();
        var code = $"topics-{tag}";
        var type = $"Tagged{tag}";
        var setup = await RunAsync(
            new JsonObject
            {
                ["name"] = "content-definition",
                ["contentTypes"] = new JsonArray(new JsonObject
                {
                    ["name"] = type,
                    ["parts"] = new JsonArray(
                        new JsonObject { ["partName"] = "TitlePart" },
                        new JsonObject
                        {
                            ["partName"] = "TermsPart",
                            ["settings"] = new JsonObject
                            {
                                ["fields"] = new JsonArray(new JsonObject { ["name"] = "topics", ["taxonomy"] = code, ["multiple"] = true }),
                            },
                        }),
                }),
            },
            TaxonomyStep(code, Term("kept", "Kept"), Term("used", "Used"), Term("unused", "Unused")));
        Assert.True(setup.Succeeded, setup.Error);
        foreach (var publish in new[] { true, false })
        {
            var created = await Site.WithScopeAsync(async sp =>
            {
                var content = sp.GetRequiredService<IContentManager>();
                var item = await content.NewAsync(type);
                item.Alter<TitlePart>(p => p.Title = "Tagged item").Alter<TermsPart>(p => p.Set("topics", ["used"]));
                return await content.CreateAsync(item, publish);
            });
            Assert.True(created.Succeeded, TestEntries.Describe(created));
        }

        var result = await RunAsync(TaxonomyStep(code, Term("kept", "Kept")));

        Assert.False(result.Succeeded);
        Assert.Contains($"would lose terms that content uses: used (2 items)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unused (", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("Nothing of this step was saved.", result.Error, StringComparison.Ordinal);
        var tree = await Site.WithScopeAsync(sp => sp.GetRequiredService<TaxonomyStore>().GetAsync(code));
        Assert.Equal(["kept", "used", "unused"], tree!.Taxonomy.AllTerms().Select(t => t.Code));

        // Dropping only the unused term is allowed.
        var dropUnused = await RunAsync(TaxonomyStep(code, Term("kept", "Kept"), Term("used", "Used")));
        Assert.True(dropUnused.Succeeded, dropUnused.Error);
        tree = await Site.WithScopeAsync(sp => sp.GetRequiredService<TaxonomyStore>().GetAsync(code));
        Assert.Equal(["kept", "used"], tree!.Taxonomy.AllTerms().Select(t => t.Code));
    }

    [Theory]
    [InlineData("bad code", "is not valid")]
    [InlineData("dup", "is used twice")]
    public async Task Should_name_the_taxonomy_and_save_nothing_when_an_inline_taxonomy_is_invalid(string termCode, string reason)
    {
        var code = $"broken-{TestEntries.Tag()}";
        var rows = await TaxonomyRowsAsync();

        var result = await RunAsync(TaxonomyStep(code, Term("dup", "First"), Term(termCode, "Second")));

        Assert.False(result.Succeeded);
        Assert.Contains($"The taxonomy '{code}' was refused", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(rows, await TaxonomyRowsAsync());
        Assert.Null(await Site.WithScopeAsync(sp => sp.GetRequiredService<TaxonomyStore>().GetAsync(code)));
    }

    private Task<RecipeResult> RunAsync(params JsonObject[] steps) =>
        Site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(new RecipeDescriptor
        {
            Name = $"taxonomy-test-{TestEntries.Tag()}",
            Source = Path.Combine(ReferenceFiles.RecipesFolder, "taxonomy-test.recipe.json"),
            Steps = [.. steps],
        });

    private static JsonObject TaxonomyStep(string code, params JsonObject[] terms) => new()
    {
        ["name"] = "taxonomies",
        ["taxonomies"] = new JsonArray(new JsonObject
        {
            ["code"] = code,
            ["names"] = new JsonObject { ["en"] = $"Topics {code}", ["fr"] = $"Sujets {code}" },
            ["terms"] = new JsonArray(terms),
        }),
    };

    private static JsonObject Term(string code, string name, params JsonObject[] children) => new()
    {
        ["code"] = code,
        ["names"] = new JsonObject { ["en"] = name },
        ["children"] = new JsonArray(children),
    };

    /// <summary>Every row (all versions) of the Taxonomy items, and the code index.</summary>
    private Task<(int Items, int Indexed)> TaxonomyRowsAsync() =>
        Site.WithScopeAsync(async sp => (
            await sp.GetRequiredService<CoreDbContext>().ContentItems.CountAsync(i => i.ContentType == TaxonomiesStep.ContentType),
            await sp.GetRequiredService<TaxonomiesDbContext>().Taxonomies.CountAsync()));

    /// <summary>Each stored taxonomy's term codes in tree order, read from its latest version.</summary>
    private Task<Dictionary<string, List<string>>> TermCodesAsync() =>
        Site.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var row in await sp.GetRequiredService<TaxonomiesDbContext>().Taxonomies.AsNoTracking().ToListAsync())
            {
                var item = await content.GetAsync(row.ContentItemId, VersionOptions.Latest);
                result[row.Code] = [.. item!.Get<TaxonomyPart>()!.AllTerms().Select(t => t.Code)];
            }

            return result;
        });
}

public sealed class TaxonomyRecipeSqliteTests(SharedSite site) : TaxonomyRecipeTests(DatabaseProvider.Sqlite, site);

public sealed class TaxonomyRecipePostgresTests(SharedSite site) : TaxonomyRecipeTests(DatabaseProvider.Postgres, site);
