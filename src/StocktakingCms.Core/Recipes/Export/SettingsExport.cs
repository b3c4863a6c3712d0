using System.Text.Json.Nodes;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Settings;

namespace StocktakingCms.Core.Recipes.Export;

/// <summary>The <c>settings</c> step: site name, cultures, time zone, page size.</summary>
public sealed class SettingsExport(SiteDocuments documents) : IRecipeExportSource
{
    public int Order => 10;

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        return
        [
            new JsonObject
            {
                ["name"] = "settings",
                ["siteName"] = settings.SiteName,
                ["defaultCulture"] = settings.DefaultCulture,
                ["supportedCultures"] = new JsonArray([.. settings.SupportedCultures.Select(c => JsonValue.Create(c))]),
                ["timeZone"] = settings.TimeZone,
                ["pageSize"] = settings.PageSize,
            },
        ];
    }
}
