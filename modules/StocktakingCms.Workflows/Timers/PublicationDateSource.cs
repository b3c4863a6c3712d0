using StocktakingCms.Calls.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Workflows.Timers;

/// <summary>
/// <c>publication-date</c>: when a call or a letter goes online — a call when it opens, a letter
/// at the start of its date in the site's time zone (Geneva).
/// </summary>
public sealed class PublicationDateSource(SiteTime time) : IWorkflowDateSource
{
    public const string Key = "publication-date";

    public string Name => Key;

    public async Task<DateTime?> GetAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.Get<CallPart>() is { OpensUtc: var opens } && opens != default)
        {
            return opens;
        }

        return item.Get<LetterPart>()?.Date is { } date
            ? await time.ToUtcAsync(date.ToDateTime(TimeOnly.MinValue))
            : null;
    }
}
