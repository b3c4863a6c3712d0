using StocktakingCms.Contents;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;

namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// Checks a submission against the entry type's own rules: the form is written into an unsaved
/// entry and the content handlers validate it, exactly as a save would. Errors come back keyed
/// by form field, so a step shows only its own.
/// </summary>
public sealed class SubmissionChecker(IContentManager content)
{
    /// <summary>
    /// The entry holding the form: a new one, or the latest version of the entry it updates.
    /// <paramref name="detached"/> gives a copy of that version, for checks that must not change it.
    /// </summary>
    public async Task<ContentItem> BuildAsync(Submission submission, SubmissionData data, string? edition, bool detached, CancellationToken cancellationToken)
    {
        ContentItem item;
        if (submission.ContentItemId is { } id)
        {
            var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken)
                ?? throw new InvalidOperationException($"The entry {id} of submission {submission.Id} is gone.");
            item = detached ? Copy(latest) : latest;
        }
        else
        {
            item = await content.NewAsync(EntryFields.ContentType, cancellationToken);
        }

        if (submission.ContentItemId is null)
        {
            item.Culture = submission.Culture;
        }

        data.ApplyTo(item, edition);
        var route = item.As<AutoroutePart>();
        if (string.IsNullOrEmpty(route.Slug) && !string.IsNullOrWhiteSpace(data.Title))
        {
            // Titles repeat across years and organisations; the submission id keeps the address unique.
            var fromTitle = Slugs.FromTitle(data.Title);
            route.Slug = fromTitle.Length == 0 ? $"entry-{submission.Id[..8]}" : $"{fromTitle[..Math.Min(fromTitle.Length, 150)]}-{submission.Id[..6]}";
        }

        return item;
    }

    /// <summary>Form field → messages, for the whole form or only <paramref name="step"/>'s fields.</summary>
    public async Task<Dictionary<string, List<string>>> CheckAsync(
        Submission submission, SubmissionData data, string? edition, SubmissionStep? step, CancellationToken cancellationToken)
    {
        var item = await BuildAsync(submission, data, edition, detached: true, cancellationToken);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, messages) in await content.CheckAsync(item, cancellationToken))
        {
            var field = SubmissionSteps.FieldFor(key);
            if (step is not null && !step.Fields.Contains(field))
            {
                continue;
            }

            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.AddRange(messages);
        }

        return errors;
    }

    private static ContentItem Copy(ContentItem version) => new()
    {
        ContentItemId = version.ContentItemId,
        ContentItemVersionId = version.ContentItemVersionId,
        ContentType = version.ContentType,
        Culture = version.Culture,
        LocalizationSet = version.LocalizationSet,
        Owner = version.Owner,
        DisplayText = version.DisplayText,
        Content = version.Content.Clone(),
    };
}
