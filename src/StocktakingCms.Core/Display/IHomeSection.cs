namespace StocktakingCms.Core.Display;

/// <summary>
/// A block a module adds to the public home page (the open call, figures, latest entries), so
/// the home page needs no reference to the modules that fill it and loses a block when its
/// module is switched off.
/// </summary>
public interface IHomeSection
{
    /// <summary>The block in the visitor's culture, or null when there is nothing to show.</summary>
    Task<HomeSectionShape?> BuildAsync(string culture, CancellationToken cancellationToken);
}

/// <summary>A partial view (full path) and its model; blocks are shown in ascending <paramref name="Position"/>.</summary>
public sealed record HomeSectionShape(string ViewName, object Model, int Position);
