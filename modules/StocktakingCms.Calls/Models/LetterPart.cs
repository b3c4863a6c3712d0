using StocktakingCms.Core.Content;

namespace StocktakingCms.Calls.Models;

/// <summary>
/// The letter that announces a call for entries, laid out as a letter: reference, place and date,
/// sender, addressees, subject, contact block. Its body is the item's <c>MarkdownBodyPart</c>.
/// </summary>
public sealed class LetterPart : ContentPart
{
    public const int TextMaxLength = 300;

    public const int MaxAddressees = 50;

    public const int MaxAttachments = 10;

    /// <summary>The letter's reference, e.g. "WSIS_Stocktaking_2023".</summary>
    public string Reference { get; set; } = "";

    /// <summary>Where it was signed, e.g. "Geneva".</summary>
    public string Place { get; set; } = "";

    public DateOnly? Date { get; set; }

    public string SenderName { get; set; } = "";

    public string SenderTitle { get; set; } = "";

    /// <summary>One line each: "Governments", "Private sector"...</summary>
    public List<string> Addressees { get; set; } = [];

    public string Subject { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string ContactTelephone { get; set; } = "";

    public string ContactFax { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    /// <summary>The culture the letter was written in ("fr"); its other translations say so and link to it.</summary>
    public string OriginalCulture { get; set; } = "";

    /// <summary>The content item id of the call for entries it announces (any of its translations).</summary>
    public string? CallId { get; set; }

    /// <summary>Documents sent with the letter (PDF files stored by the Media module), in the order listed.</summary>
    public List<LetterAttachment> Attachments { get; set; } = [];
}

/// <summary>A document attached to a letter: the stored file and the title the letter gives it.</summary>
public sealed class LetterAttachment
{
    public string MediaId { get; set; } = "";

    public string Title { get; set; } = "";
}
