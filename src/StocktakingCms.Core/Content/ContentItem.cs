namespace StocktakingCms.Core.Content;

/// <summary>
/// One version of a content item. All versions share <see cref="ContentItemId"/>; at most one
/// is <see cref="Latest"/> and at most one is <see cref="Published"/> (the same row when no
/// draft is pending).
/// </summary>
public sealed class ContentItem
{
    /// <summary>The row id of this version.</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>1 for the first version, then one more for each new version.</summary>
    public int Number { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>Soft delete: removed items stay in the database for the record.</summary>
    public bool Deleted { get; set; }

    public string DisplayText { get; set; } = "";

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The culture of this item ("fr"); translations are other items in the same set.</summary>
    public string Culture { get; set; } = "";

    /// <summary>Links an item to its translations; equal to the first item's id by default.</summary>
    public string LocalizationSet { get; set; } = "";

    /// <summary>Optimistic concurrency: incremented on every save; a stale save is refused.</summary>
    public long Version { get; set; }

    public ContentDocument Content { get; set; } = new();

    /// <summary>The part of this type, created empty if the item has none yet.</summary>
    public TPart As<TPart>() where TPart : ContentPart, new()
    {
        var part = Content.Get<TPart>();
        if (part is null)
        {
            part = new TPart();
            Content.Set(part);
        }

        return part;
    }

    public TPart? Get<TPart>() where TPart : ContentPart => Content.Get<TPart>();

    public bool Has<TPart>() where TPart : ContentPart => Content.Has(typeof(TPart).Name);

    public ContentItem Alter<TPart>(Action<TPart> alter) where TPart : ContentPart, new()
    {
        alter(As<TPart>());
        return this;
    }
}
