namespace StocktakingCms.Core.Localization;

/// <summary>
/// One translated message read from a PO file. <see cref="Translations"/> holds the single
/// <c>msgstr</c>, or <c>msgstr[0..n-1]</c> in plural-form order when <see cref="PluralId"/> is set.
/// </summary>
public sealed record PoEntry(string? Context, string Id, string? PluralId, IReadOnlyList<string> Translations);
