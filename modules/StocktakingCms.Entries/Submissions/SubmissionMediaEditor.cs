using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StocktakingCms.Entries.Models;
using StocktakingCms.Media;

namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// The media step's changes: text alternatives and titles edited, files removed, one new image
/// and one new document uploaded per post. File ids are never taken from the post, only from
/// what is stored, so nobody can attach another person's file.
/// </summary>
public sealed class SubmissionMediaEditor(IMediaStore media, IOptions<MediaOptions> options, IStringLocalizer<SubmissionMediaEditor> T)
{
    public const string NewImageField = "newImage";
    public const string NewDocumentField = "newDocument";

    public async Task<IReadOnlyList<(string Field, string Message)>> ApplyAsync(
        SubmissionData data,
        IFormCollection form,
        IFormFile? newImage,
        string? newImageAlt,
        IFormFile? newDocument,
        string? newDocumentTitle,
        string userId,
        CancellationToken cancellationToken)
    {
        var removedImages = form["RemoveImage"].ToHashSet(StringComparer.Ordinal);
        var removedDocuments = form["RemoveDocument"].ToHashSet(StringComparer.Ordinal);
        data.Images = [.. data.Images.Where(i => !removedImages.Contains(i.MediaId))];
        data.Documents = [.. data.Documents.Where(d => !removedDocuments.Contains(d.MediaId))];
        foreach (var image in data.Images)
        {
            image.Alt = Bounded(form[$"ImageAlt.{image.MediaId}"], image.Alt);
        }

        foreach (var document in data.Documents)
        {
            document.Title = Bounded(form[$"DocumentTitle.{document.MediaId}"], document.Title);
        }

        var problems = new List<(string, string)>();
        var limits = options.Value;
        if (newImage is { Length: > 0 })
        {
            if (data.Images.Count >= limits.MaxImagesPerItem)
            {
                problems.Add((NewImageField, T["An entry can have at most {0} images: remove one first.", limits.MaxImagesPerItem]));
            }
            else if (await SaveAsync(newImage, MediaKind.Image, userId, problems, NewImageField, cancellationToken) is { } id)
            {
                data.Images.Add(new EntryImage { MediaId = id, Alt = Bounded(newImageAlt, "") });
            }
        }

        if (newDocument is { Length: > 0 })
        {
            if (data.Documents.Count >= limits.MaxDocumentsPerItem)
            {
                problems.Add((NewDocumentField, T["An entry can have at most {0} documents: remove one first.", limits.MaxDocumentsPerItem]));
            }
            else if (await SaveAsync(newDocument, MediaKind.Document, userId, problems, NewDocumentField, cancellationToken) is { } id)
            {
                data.Documents.Add(new EntryDocument { MediaId = id, Title = Bounded(newDocumentTitle, Path.GetFileNameWithoutExtension(newDocument.FileName)) });
            }
        }

        return problems;
    }

    private async Task<string?> SaveAsync(IFormFile file, MediaKind kind, string userId, List<(string, string)> problems, string field, CancellationToken cancellationToken)
    {
        var result = await media.SaveAsync(file, kind, userId, cancellationToken);
        if (!result.Succeeded)
        {
            problems.Add((field, result.Error!));
        }

        return result.Media?.Id;
    }

    /// <summary>
    /// Trimmed; the fallback when nothing was posted. Kept even when too long, so the entry's
    /// rule reports it and the person shortens it (a hard cap only stops abuse).
    /// </summary>
    private static string Bounded(string? value, string fallback)
    {
        var text = value?.Trim() ?? fallback;
        return text.Length > 4 * EntryPart.TextMaxLength ? text[..(4 * EntryPart.TextMaxLength)] : text;
    }
}
