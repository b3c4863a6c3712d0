namespace StocktakingCms.Core.Localization;

/// <summary>
/// Carries a plural request through <c>IStringLocalizer[name, args]</c>: the framework's wrappers
/// (<c>StringLocalizer&lt;T&gt;</c>, <c>HtmlLocalizer.GetString</c>) hide the inner localizer but
/// forward arguments untouched, so this is how <see cref="LocalizerPluralExtensions"/> reaches
/// <see cref="PoStringLocalizer"/>.
/// </summary>
internal sealed record PluralArgument(int Count, string PluralId, object[] Arguments);
