using StocktakingCms.Core.Data;
using StocktakingCms.Workflows.Models;

namespace StocktakingCms.Workflows.Services;

/// <summary>The site's workflow types, stored as one site document; saving checks them first.</summary>
public sealed class WorkflowTypes(SiteDocuments documents, CmsDbSession session, WorkflowDefinitionValidator validator)
{
    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        (await documents.GetAsync<WorkflowTypesDocument>(cancellationToken)).Types;

    public async Task<WorkflowDefinition?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.Name == name);

    /// <summary>The workflow that follows items of a content type, if any.</summary>
    public async Task<WorkflowDefinition?> ForContentTypeAsync(string contentType, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.ContentTypes.Contains(contentType));

    /// <summary>Adds or replaces a type by name; returns the problems and stores nothing when there are any.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        var problems = validator.Check(definition);
        if (problems.Count > 0)
        {
            return problems;
        }

        var document = await documents.GetAsync<WorkflowTypesDocument>(cancellationToken);
        document.Types.RemoveAll(t => t.Name == definition.Name);
        document.Types.Add(definition);
        await documents.SetAsync(document, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return [];
    }
}
