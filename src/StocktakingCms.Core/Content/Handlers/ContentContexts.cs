namespace StocktakingCms.Core.Content.Handlers;

/// <summary>What a content handler receives for most steps.</summary>
public class ContentContext(ContentItem item)
{
    public ContentItem ContentItem { get; } = item;
}

/// <summary>Validation: handlers add messages per field; any message stops the save.</summary>
public sealed class ValidateContentContext(ContentItem item) : ContentContext(item)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors =>
        _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    /// <param name="field">The field's key, <c>PartName.Property</c> (e.g. <c>TitlePart.Title</c>).</param>
    public void AddError(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }
}

/// <summary>Publishing: the version going live and the one it replaces, if any.</summary>
public sealed class PublishContentContext(ContentItem item, ContentItem? previous) : ContentContext(item)
{
    public ContentItem? PreviousPublished { get; } = previous;
}

/// <summary>A new version is built from an existing one (new draft, restore, clone).</summary>
public sealed class VersionContentContext(ContentItem existing, ContentItem building) : ContentContext(building)
{
    public ContentItem Existing { get; } = existing;
}
