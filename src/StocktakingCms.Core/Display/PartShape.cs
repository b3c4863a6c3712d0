namespace StocktakingCms.Core.Display;

/// <summary>A partial view and its model: one part's editor or display, rendered by the admin or the theme.</summary>
/// <param name="Prefix">The form field prefix (the part name), so fields post back as <c>TitlePart.Title</c>.</param>
public sealed record PartShape(string PartName, string ViewName, object Model, string Prefix, int Position);
