using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using StocktakingCms.Calls.Services;

namespace StocktakingCms.Calls.ViewModels;

/// <summary>The letter's fields as the editor types them; the rules are in <c>LetterPartHandler</c>.</summary>
public sealed class LetterPartEditor
{
    public string? Reference { get; set; }

    public string? Place { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? Date { get; set; }

    public string? SenderName { get; set; }

    public string? SenderTitle { get; set; }

    /// <summary>One addressee per line.</summary>
    public string? Addressees { get; set; }

    public string? Subject { get; set; }

    public string? ContactName { get; set; }

    public string? ContactTelephone { get; set; }

    public string? ContactFax { get; set; }

    public string? ContactEmail { get; set; }

    public string? CallId { get; set; }

    public string? OriginalCulture { get; set; }

    /// <summary>The calls to choose from (not posted back).</summary>
    public IReadOnlyList<CallSummary> Calls { get; set; } = [];

    /// <summary>The documents attached now (not posted back: <see cref="LetterAttachmentForm"/> is).</summary>
    public IReadOnlyList<LetterAttachmentView> Attachments { get; set; } = [];
}

/// <summary>
/// What the editor posts about the attachments: titles by file id, files to remove, one new PDF.
/// Ids are only ever matched against the letter's own attachments, never taken from the post.
/// </summary>
public sealed class LetterAttachmentForm
{
    public Dictionary<string, string?> AttachmentTitles { get; set; } = [];

    public List<string> RemoveAttachments { get; set; } = [];

    public IFormFile? NewAttachment { get; set; }

    public string? NewAttachmentTitle { get; set; }
}

/// <summary>An attached document as the editor and the letter page show it.</summary>
public sealed record LetterAttachmentView(string MediaId, string Title, string Url, string FileName, long Length);

/// <summary>What the letter page shows; <paramref name="FormattedDate"/> is in the letter's language.</summary>
public sealed record LetterPartDisplay(
    string Reference,
    string Place,
    DateOnly? Date,
    string FormattedDate,
    string SenderName,
    string SenderTitle,
    IReadOnlyList<string> Addressees,
    string Subject,
    string ContactName,
    string ContactTelephone,
    string ContactFax,
    string ContactEmail,
    CallSummary? Call,
    LetterLink? Original)
{
    /// <summary>The documents sent with the letter, listed under its signature.</summary>
    public IReadOnlyList<LetterAttachmentView> Attachments { get; init; } = [];
}

/// <summary>A link to a letter from its call's page or the calls archive.</summary>
public sealed record LetterLink(string Title, string Url, string Culture, string Reference);
