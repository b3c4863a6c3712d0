using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StocktakingCms.Core.Content;

/// <summary>The one JSON shape used for stored documents, recipes and exports.</summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Stored text stays readable in every script instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };
}
