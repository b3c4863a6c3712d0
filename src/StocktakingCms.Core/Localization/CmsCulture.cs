using System.Globalization;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// One language of the site. <see cref="Name"/> is what appears in URLs and PO file names ("zh");
/// <see cref="Culture"/> is what formatting and request localization use ("zh-Hans", Gregorian).
/// </summary>
public sealed record CmsCulture(string Name, string NativeName, bool IsRightToLeft, CultureInfo Culture)
{
    /// <summary>The value of an HTML <c>dir</c> attribute for this language.</summary>
    public string Direction => IsRightToLeft ? "rtl" : "ltr";
}
