using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StocktakingCms.Tests.Calls;

/// <summary>The 2023 call and its letter as the setup recipe ships them.</summary>
internal static class CallsSupport
{
    public const string Call2023Set = "call2023stocktaking000set";

    public const string Letter2023Set = "letter2023stocktaking0set";

    public const string SampleCallSet = "samplecallnextedition000";

    public static readonly string[] Cultures = ["ar", "zh", "en", "fr", "ru", "es"];

    public static string Call2023Id(string culture) => "call2023stocktaking00000" + culture;

    public static string LetterUrl(string culture) => culture switch
    {
        "fr" => "/fr/lettres/inventaire-smsi-2023",
        "es" => "/es/cartas/inventario-cmsi-2023",
        _ => $"/{culture}/letters/wsis-stocktaking-2023",
    };

    public static string Call2023Url(string culture) => culture switch
    {
        "fr" => "/fr/appels/inventaire-smsi-2023",
        "es" => "/es/convocatorias/inventario-cmsi-2023",
        _ => $"/{culture}/calls/wsis-stocktaking-2023",
    };

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(html);
    }

    public static string Text(AngleSharp.Dom.IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
