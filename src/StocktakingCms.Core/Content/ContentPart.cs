namespace StocktakingCms.Core.Content;

/// <summary>
/// A typed piece of a content item (title, body, route, entry facts...). Parts are plain C#
/// classes serialised as JSON under their class name; code reads them with
/// <c>item.As&lt;TitlePart&gt;()</c>, never through dynamic JSON.
/// </summary>
public abstract class ContentPart
{
    /// <summary>The key of a part type in the item's document and in type definitions.</summary>
    public static string NameOf<TPart>() where TPart : ContentPart => typeof(TPart).Name;
}
