using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StocktakingCms.Entries.Models;
using StocktakingCms.Media;

namespace StocktakingCms.Entries.Services;

/// <summary>
/// What a form posts about an entry's files: new descriptions and titles by file id, files to
/// remove, and at most one new image and one new document. Bound by MVC from
/// <c>ImageAlts[{id}]</c>, <c>DocumentTitles[{id}]</c>, <c>RemoveImages</c>, <c>RemoveDocuments</c>,
/// <c>NewImage</c>, <c>NewImageAlt</c>, <c>NewDocument</c>, <c>NewDocumentTitle</c>.
/// </summary>
public sealed class EntryMediaForm
{
    public Dictionary<string, string?> ImageAlts { get; set; } = [];

    public Dictionary<string, string?> DocumentTitles { get; set; } = [];

    public List<string> RemoveImages { get; set; } = [];

    public List<string> RemoveDocuments { get; set; } = [];

    public IFormFile? NewImage { get; set; }

    public string? NewImageAlt { get; set; }

    public IFormFile? NewDocument { get; set; }

    public string? NewDocumentTitle { get; set; }
}

/// <summary>
/// Applies an <see cref="EntryMediaForm"/> to an entry's images and documents, for the public
/// submission form and the admin editor alike. File ids are never taken from the post, only from
/// what is stored, so nobody can attach another person's file; new files are checked and stored
/// by the Media module.
/// </summary>
public sealed class EntryMediaEditor(IMediaStore media, IOptions<MediaOptions> options, IStringLocalizer<EntryMediaEditor> T)
{
    public const string NewImageField = nameof(EntryMediaForm.NewImage);
    public const string NewDocumentField = nameof(EntryMediaForm.NewDocument);

    /// <summary>The problems with the new files, by form field; the rest of the form is applied whatever happens.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> ApplyAsync(
        List<EntryImage> images, List<EntryDocument> documents, EntryMediaForm form, string? userId, CancellationToken cancellationToken)
    {
        images.RemoveAll(i => form.RemoveImages.Contains(i.MediaId));
        documents.RemoveAll(d => form.RemoveDocuments.Contains(d.MediaId));
        foreach (var image in images)
        {
            image.Alt = Bounded(form.ImageAlts.GetValueOrDefault(image.MediaId), image.Alt);
        }

        foreach (var document in documents)
        {
            document.Title = Bounded(form.DocumentTitles.GetValueOrDefault(document.MediaId), document.Title);
        }

        var problems = new List<(string, string)>();
        var limits = options.Value;
        if (form.NewImage is { Length: > 0 } newImage)
        {
            if (images.Count >= limits.MaxImagesPerItem)
            {
                problems.Add((NewImageField, T["An entry can have at most {0} images: remove one first.", limits.MaxImagesPerItem]));
            }
            else if (await SaveAsync(newImage, MediaKind.Image, userId, problems, NewImageField, cancellationToken) is { } id)
            {
                images.Add(new EntryImage { MediaId = id, Alt = Bounded(form.NewImageAlt, "") });
            }
        }

        if (form.NewDocument is { Length: > 0 } newDocument)
        {
            if (documents.Count >= limits.MaxDocumentsPerItem)
            {
                problems.Add((NewDocumentField, T["An entry can have at most {0} documents: remove one first.", limits.MaxDocumentsPerItem]));
            }
            else if (await SaveAsync(newDocument, MediaKind.Document, userId, problems, NewDocumentField, cancellationToken) is { } id)
            {
                documents.Add(new EntryDocument { MediaId = id, Title = Bounded(form.NewDocumentTitle, Path.GetFileNameWithoutExtension(newDocument.FileName)) });
            }
        }

        return problems;
    }

    private async Task<string?> SaveAsync(IFormFile file, MediaKind kind, string? userId, List<(string, string)> problems, string field, CancellationToken cancellationToken)
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
