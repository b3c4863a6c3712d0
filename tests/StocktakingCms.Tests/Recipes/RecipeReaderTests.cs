using System.Text;
using StocktakingCms.Core.Recipes;

namespace StocktakingCms.Tests.Recipes;

/// <summary>Reading recipe files: an operator who mistyped the JSON is told where.</summary>
public sealed class RecipeReaderTests
{
    [Fact]
    public async Task Should_name_the_file_and_line_when_the_json_is_malformed()
    {
        const string json = """
            {
              "name": "typo",
              "steps": [
                { "name": "settings", "siteName": "Missing quote }
              ]
            }
            """;

        var exception = await Assert.ThrowsAsync<RecipeException>(() => ReadAsync(json, "typo.recipe.json"));

        Assert.Contains("typo.recipe.json", exception.Message);
        Assert.Contains("is not valid JSON (line 4,", exception.Message);
    }

    [Fact]
    public async Task Should_give_the_line_of_a_trailing_comma_when_the_json_is_malformed()
    {
        const string json = "{\n  \"name\": \"comma\",\n  \"steps\": [],\n}\n";

        var exception = await Assert.ThrowsAsync<RecipeException>(() => ReadAsync(json, "comma.recipe.json"));

        Assert.Contains("(line 4,", exception.Message);
    }

    [Fact]
    public async Task Should_name_the_step_when_a_step_has_no_name()
    {
        const string json = """{ "name": "nameless", "steps": [ { "name": "settings" }, { "siteName": "x" } ] }""";

        var exception = await Assert.ThrowsAsync<RecipeException>(() => ReadAsync(json, "nameless.recipe.json"));

        Assert.Equal("Recipe 'nameless', step 2: the step has no \"name\".", exception.Message);
    }

    [Fact]
    public async Task Should_refuse_a_recipe_when_it_has_no_name()
    {
        var exception = await Assert.ThrowsAsync<RecipeException>(() => ReadAsync("""{ "steps": [] }""", "anonymous.recipe.json"));

        Assert.Contains("'anonymous.recipe.json' has no \"name\"", exception.Message);
    }

    [Fact]
    public async Task Should_name_the_path_when_the_file_does_not_exist()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.recipe.json");

        var exception = await Assert.ThrowsAsync<RecipeException>(() => RecipeReader.ReadFileAsync(path));

        Assert.Contains(path, exception.Message);
    }

    [Fact]
    public async Task Should_read_the_steps_in_order_when_the_recipe_is_valid()
    {
        const string json = """{ "name": "ok", "steps": [ { "name": "settings" }, { "name": "roles", "roles": [] } ] }""";

        var recipe = await ReadAsync(json, "ok.recipe.json");

        Assert.Equal("ok", recipe.Name);
        Assert.Equal("ok.recipe.json", recipe.Source);
        Assert.Equal(["settings", "roles"], recipe.Steps.Select(s => (string?)s["name"]));
    }

    private static async Task<RecipeDescriptor> ReadAsync(string json, string source)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await RecipeReader.ReadAsync(stream, source);
    }
}
