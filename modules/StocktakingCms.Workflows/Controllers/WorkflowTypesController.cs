using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Security;
using StocktakingCms.Workflows.Models;
using StocktakingCms.Workflows.Services;
using StocktakingCms.Workflows.ViewModels;

namespace StocktakingCms.Workflows.Controllers;

/// <summary>
/// Administrators edit workflow types as JSON (the recipe's format). Saving checks the type with
/// the same validator as a recipe; a refused type keeps the typed text and names each problem.
/// </summary>
[Area("StocktakingCms.Workflows")]
[Route("admin/workflow-types")]
[RequirePermission(nameof(Permissions.ManageWorkflows))]
public sealed class WorkflowTypesController(WorkflowTypes types, IStringLocalizer<WorkflowTypesController> T) : Controller
{
    /// <summary>
    /// The recipe's spelling: camelCase, indented, so a type can be pasted from or into a recipe;
    /// labels in Arabic or Chinese stay readable (the page encodes the textarea's content itself).
    /// </summary>
    public static readonly JsonSerializerOptions RecipeJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await types.ListAsync(cancellationToken));

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken) =>
        await types.FindAsync(name, cancellationToken) is { } definition
            ? View(new WorkflowTypeEditViewModel(name, JsonSerializer.Serialize(definition, RecipeJson), []))
            : NotFound();

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, string? json, CancellationToken cancellationToken)
    {
        if (await types.FindAsync(name, cancellationToken) is null)
        {
            return NotFound();
        }

        var problems = new List<string>();
        WorkflowDefinition? definition = null;
        try
        {
            definition = JsonSerializer.Deserialize<WorkflowDefinition>(json ?? "", RecipeJson);
        }
        catch (JsonException exception)
        {
            problems.Add(T["The text is not valid JSON (line {0}, position {1}).", (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1]);
        }

        if (definition is null && problems.Count == 0)
        {
            problems.Add(T["The text is empty."]);
        }
        else if (definition is not null && definition.Name != name)
        {
            problems.Add(T["The name cannot be changed here (it is '{0}').", name]);
        }
        else if (definition is not null)
        {
            problems.AddRange(await types.SaveAsync(definition, cancellationToken));
        }

        if (problems.Count == 0)
        {
            TempData["Message"] = T["Workflow type '{0}' saved.", name].Value;
            return RedirectToAction(nameof(Edit), new { name });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new WorkflowTypeEditViewModel(name, json ?? "", problems));
    }
}
