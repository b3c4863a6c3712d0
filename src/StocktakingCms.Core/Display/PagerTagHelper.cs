using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace StocktakingCms.Core.Display;

/// <summary>
/// <c>&lt;cms-pager page="3" page-count="12" /&gt;</c>: previous and next links and a window of page
/// numbers, keeping the rest of the query string (filters, search text) in every link.
/// Renders nothing when everything fits on one page.
/// </summary>
[HtmlTargetElement("cms-pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(IStringLocalizer<PagerTagHelper> T) : TagHelper
{
    private const int Window = 4;

    public int Page { get; set; }

    public int PageCount { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (PageCount <= 1)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", T["Pages"].Value);

        var links = output.Content;
        if (Page > 1)
        {
            links.AppendHtml(Link(Page - 1, T["Previous"], "prev"));
        }

        for (var number = Math.Max(1, Page - Window); number <= Math.Min(PageCount, Page + Window); number++)
        {
            links.AppendHtml(number == Page
                ? $"<span aria-current=\"page\">{number}</span>"
                : Link(number, number.ToString(CultureInfo.CurrentCulture), rel: null));
        }

        if (Page < PageCount)
        {
            links.AppendHtml(Link(Page + 1, T["Next"], "next"));
        }
    }

    private string Link(int page, string text, string? rel)
    {
        var query = ViewContext.HttpContext.Request.Query
            .Where(pair => !string.Equals(pair.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(value ?? "")}"))
            .Append($"page={page}");
        var relAttribute = rel is null ? "" : $" rel=\"{rel}\"";
        return $"<a href=\"{Encode("?" + string.Join("&", query))}\"{relAttribute}>{Encode(text)}</a>";
    }

    // Arabic, Chinese and Cyrillic stay readable in the markup instead of becoming &#x...; entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);
}
