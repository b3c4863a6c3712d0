using System.Text.Json;
using System.Text.Json.Nodes;

namespace StocktakingCms.Core.Content;

/// <summary>
/// The parts of one content item version. Stored as one JSON object keyed by part name; typed
/// part instances are created on first access and written back on serialisation, so changes
/// made through <c>As&lt;T&gt;()</c> are saved and parts of switched-off modules are kept intact.
/// </summary>
public sealed class ContentDocument
{
    private readonly JsonObject _json;
    private readonly Dictionary<string, ContentPart> _typed = new(StringComparer.Ordinal);

    public ContentDocument()
        : this(new JsonObject())
    {
    }

    private ContentDocument(JsonObject json) => _json = json;

    public IEnumerable<string> PartNames => _json.Select(p => p.Key).Union(_typed.Keys).Distinct();

    public bool Has(string partName) => _typed.ContainsKey(partName) || _json.ContainsKey(partName);

    public TPart? Get<TPart>() where TPart : ContentPart
    {
        var name = typeof(TPart).Name;
        if (_typed.TryGetValue(name, out var part))
        {
            return (TPart)part;
        }

        if (_json[name] is not JsonObject node)
        {
            return null;
        }

        var typed = node.Deserialize<TPart>(ContentJson.Options)!;
        _typed[name] = typed;
        return typed;
    }

    public void Set<TPart>(TPart part) where TPart : ContentPart => _typed[typeof(TPart).Name] = part;

    public void Remove(string partName)
    {
        _typed.Remove(partName);
        _json.Remove(partName);
    }

    public string Serialize()
    {
        foreach (var (name, part) in _typed)
        {
            _json[name] = JsonSerializer.SerializeToNode(part, part.GetType(), ContentJson.Options);
        }

        return _json.ToJsonString(ContentJson.Options);
    }

    public static ContentDocument Parse(string? json) =>
        new(string.IsNullOrWhiteSpace(json) ? new JsonObject() : JsonNode.Parse(json) as JsonObject ?? new JsonObject());

    public ContentDocument Clone() => Parse(Serialize());

    /// <summary>Builds a document from a recipe's JSON object (part name to part JSON).</summary>
    public static ContentDocument FromJson(JsonObject parts) => Parse(parts.ToJsonString());
}
