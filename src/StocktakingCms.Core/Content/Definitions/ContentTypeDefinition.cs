using System.Text.Json;
using System.Text.Json.Nodes;

namespace StocktakingCms.Core.Content.Definitions;

/// <summary>What a content type is made of: its parts, in order, with their settings.</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public ContentTypeSettings Settings { get; set; } = new();

    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    public bool HasPart(string partName) => Parts.Any(p => p.PartName == partName);

    public ContentTypePartDefinition? FindPart(string partName) => Parts.FirstOrDefault(p => p.PartName == partName);
}

public sealed class ContentTypeSettings
{
    /// <summary>Editors may create items of this type in the admin.</summary>
    public bool Creatable { get; set; } = true;

    /// <summary>The type appears in the admin content list.</summary>
    public bool Listable { get; set; } = true;

    /// <summary>Saving keeps a draft beside the published version until it is published.</summary>
    public bool Draftable { get; set; } = true;

    /// <summary>Every publication keeps the previous version in the history.</summary>
    public bool Versionable { get; set; } = true;

    /// <summary>Items can be translated; each translation is an item in the same localization set.</summary>
    public bool Translatable { get; set; }

    /// <summary>Permissions may be granted per type, not only for all content.</summary>
    public bool Securable { get; set; }
}

public sealed class ContentTypePartDefinition
{
    /// <summary>The part's class name, e.g. <c>TitlePart</c>.</summary>
    public string PartName { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>Part settings, read through <see cref="GetSettings{T}"/> as a typed class.</summary>
    public JsonObject Settings { get; set; } = [];

    public T GetSettings<T>() where T : new() =>
        Settings.Count == 0 ? new T() : Settings.Deserialize<T>(ContentJson.Options) ?? new T();

    public void SetSettings<T>(T settings) =>
        Settings = JsonSerializer.SerializeToNode(settings, ContentJson.Options) as JsonObject ?? [];
}
