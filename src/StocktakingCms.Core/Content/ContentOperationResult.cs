namespace StocktakingCms.Core.Content;

/// <summary>Why a content operation did not go through; each maps to one HTTP answer in the admin.</summary>
public enum ContentFailure
{
    None,
    Validation,
    NotFound,
    Conflict,
    InvalidState,
    Storage,
}

/// <summary>
/// The outcome of a content operation: success with the item, or a failure with messages per
/// field (the key is <c>PartName.Property</c>, or empty for the whole item). Expected failures are
/// results, not exceptions, so callers can show them next to the data the user typed.
/// </summary>
public sealed class ContentOperationResult
{
    private ContentOperationResult(ContentItem? item, ContentFailure failure, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        Item = item;
        Failure = failure;
        Errors = errors;
    }

    public ContentItem? Item { get; }

    public ContentFailure Failure { get; }

    public bool Succeeded => Failure == ContentFailure.None;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    public IEnumerable<string> AllMessages => Errors.SelectMany(e => e.Value);

    public static ContentOperationResult Success(ContentItem item) =>
        new(item, ContentFailure.None, new Dictionary<string, IReadOnlyList<string>>());

    public static ContentOperationResult Invalid(ContentItem item, IReadOnlyDictionary<string, IReadOnlyList<string>> errors) =>
        new(item, ContentFailure.Validation, errors);

    public static ContentOperationResult Fail(ContentFailure failure, string message, ContentItem? item = null) =>
        new(item, failure, new Dictionary<string, IReadOnlyList<string>> { [""] = [message] });
}
