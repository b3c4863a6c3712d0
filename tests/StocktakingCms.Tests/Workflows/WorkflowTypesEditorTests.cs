using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;
using StocktakingCms.Workflows.Controllers;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Services;
using static StocktakingCms.Tests.Submissions.SubmissionSupport;

namespace StocktakingCms.Tests.Workflows;

/// <summary>Administrators edit a workflow type as JSON: a type that cannot work is refused with each problem named and the typed text kept.</summary>
public abstract class WorkflowTypesEditorTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    [Fact]
    public async Task Should_refuse_a_broken_type_naming_the_problem_and_keep_the_text_then_save_a_fixed_one()
    {
        var admin = await CreateAdminClientAsync();
        var list = await ParseAsync(await admin.GetAsync("/admin/workflow-types"));
        Assert.NotNull(list.QuerySelector("a[href='/admin/workflow-types/publication']"));
        var json = (await ParseAsync(await admin.GetAsync("/admin/workflow-types/publication"))).QuerySelector("textarea#json")!.TextContent;
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, WorkflowTypesController.RecipeJson)!;
        definition.Transitions.Single(t => t.Name == "withdraw").To = "archived";
        var broken = JsonSerializer.Serialize(definition, WorkflowTypesController.RecipeJson);

        using var refused = await admin.PostFormAsync("/admin/workflow-types/publication", "/admin/workflow-types/publication", [new("json", broken)]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.Contains("transition 'withdraw' goes to the unknown state 'archived'", page.QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(broken, page.QuerySelector("textarea#json")?.TextContent);
        Assert.Equal("draft", (await StoredAsync()).Transitions.Single(t => t.Name == "withdraw").To);

        var french = await CreateAdminClientAsync();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var refusedInFrench = await french.PostFormAsync("/admin/workflow-types/publication", "/admin/workflow-types/publication", [new("json", broken)]);
        Assert.Contains("la transition « withdraw » mène à l’état inconnu « archived »", (await ParseAsync(refusedInFrench)).QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);

        using var notJson = await admin.PostFormAsync("/admin/workflow-types/publication", "/admin/workflow-types/publication", [new("json", "{ \"name\": ")]);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("The text is not valid JSON", (await ParseAsync(notJson)).QuerySelector(".message.error")?.TextContent, StringComparison.Ordinal);

        definition.Transitions.Single(t => t.Name == "withdraw").To = "draft";
        definition.Transitions.Single(t => t.Name == "withdraw").Roles = ["Editor", "Reviewer"];
        using var saved = await admin.PostFormAsync("/admin/workflow-types/publication", "/admin/workflow-types/publication",
            [new("json", JsonSerializer.Serialize(definition, WorkflowTypesController.RecipeJson))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Editor", "Reviewer"], (await StoredAsync()).Transitions.Single(t => t.Name == "withdraw").Roles);
    }

    [Fact]
    public async Task Should_keep_the_editor_from_anyone_but_administrators()
    {
        var editor = await CreateClientInRoleAsync(CmsRoles.Editor);

        using var response = await editor.GetAsync("/admin/workflow-types");

        Assert.Equal("/error/403", response.Headers.Location?.AbsolutePath);
    }

    private Task<WorkflowDefinition> StoredAsync() =>
        Site.WithScopeAsync(async sp => (await sp.GetRequiredService<WorkflowTypes>().FindAsync("publication"))!);
}

public sealed class WorkflowTypesEditorSqliteTests(SharedSite site) : WorkflowTypesEditorTests(DatabaseProvider.Sqlite, site);

public sealed class WorkflowTypesEditorPostgresTests(SharedSite site) : WorkflowTypesEditorTests(DatabaseProvider.Postgres, site);
