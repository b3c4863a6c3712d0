using StocktakingCms.Core.Content;

namespace StocktakingCms.Workflows.Timers;

/// <summary>A date of an item a timer can fire at (a timer's <c>at</c>), e.g. <c>publication-date</c>.</summary>
public interface IWorkflowDateSource
{
    string Name { get; }

    /// <summary>The moment (UTC) for this item, or null when the item has no such date.</summary>
    Task<DateTime?> GetAsync(ContentItem item, CancellationToken cancellationToken);
}
