using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Security;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;
using StocktakingCms.Entries.Submissions;

namespace StocktakingCms.Entries.Services;

/// <summary>
/// What the Entries module keeps about a person: their submissions and the entries they own.
/// Deleting the account removes unsent drafts and the person's contact details from every version
/// of their entries; the entries stay, attributed to the organisation.
/// </summary>
public sealed class EntriesAccountData(EntriesDbContext db, CoreDbContext content) : IAccountDataContributor
{
    public string Section => "entries";

    public async Task<object?> ExportAsync(CmsUser user, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.OwnerUserId == user.Id)
            .OrderBy(s => s.CreatedUtc)
            .ToListAsync(cancellationToken);
        return submissions.Select(s => new
        {
            s.Title,
            Status = s.Status.ToString(),
            s.Culture,
            s.ContentItemId,
            s.CreatedUtc,
            s.SubmittedUtc,
            s.ReviewerComment,
            Form = SubmissionService.Read(s),
        }).ToList();
    }

    public async Task EraseAsync(CmsUser user, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.Where(s => s.OwnerUserId == user.Id).ToListAsync(cancellationToken);
        var entryIds = submissions.Where(s => s.ContentItemId is not null).Select(s => s.ContentItemId!).ToHashSet();

        // Drafts never sent are only the person's; what was sent stays with its entry, without an owner.
        db.Submissions.RemoveRange(submissions.Where(s => s.Status == SubmissionStatus.Draft && s.ContentItemId is null));
        foreach (var submission in submissions.Where(s => s.Status != SubmissionStatus.Draft || s.ContentItemId is not null))
        {
            submission.OwnerUserId = DeletedOwner;
            submission.Data = "{}";
        }

        var versions = await content.ContentItems
            .Where(i => i.ContentType == EntryFields.ContentType && (i.Owner == user.Id || entryIds.Contains(i.ContentItemId)))
            .ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            version.Owner = version.Owner == user.Id ? null : version.Owner;
            version.Author = version.Author == user.Id ? null : version.Author;
            if (version.Get<EntryPart>() is { } entry)
            {
                ErasePerson(entry, user);
                version.Content.Set(entry);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await content.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stands for the owner of submissions whose account was deleted.</summary>
    public const string DeletedOwner = "deleted-account";

    /// <summary>The person's contact details go; the organisation's name and the project stay.</summary>
    private static void ErasePerson(EntryPart entry, CmsUser user)
    {
        entry.PrivateContactEmail = "";
        entry.PrivateContactPhone = "";
        if (!string.IsNullOrEmpty(user.DisplayName) && string.Equals(entry.PublicContactName.Trim(), user.DisplayName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            entry.PublicContactName = "";
        }
    }
}
