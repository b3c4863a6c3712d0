namespace StocktakingCms.Taxonomies.Services;

/// <summary>Term and taxonomy codes: stable ASCII identifiers used in URLs and APIs.</summary>
public static class TermCodes
{
    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= 100
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
