namespace StocktakingCms.Core.Content.Definitions;

/// <summary>Reads and writes content type definitions; reads are served from a cache.</summary>
public interface IContentDefinitionStore
{
    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a type; unknown part names are refused with the list of known ones.</summary>
    Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken = default);
}
