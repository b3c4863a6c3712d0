namespace StocktakingCms.Core.Content.Definitions;

/// <summary>The stored form of a <see cref="ContentTypeDefinition"/>: its name and its JSON.</summary>
public sealed class ContentDefinitionRecord
{
    public string Name { get; set; } = "";

    public string Json { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }
}
