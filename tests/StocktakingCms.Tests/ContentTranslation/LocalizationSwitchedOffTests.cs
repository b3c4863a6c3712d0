using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StocktakingCms.Testing;
using StocktakingCms.Tests.Entries;
using static StocktakingCms.Tests.ContentTranslation.TestPages;

namespace StocktakingCms.Tests.ContentTranslation;

/// <summary>
/// Without the Localization module the editor has no Translations block and there is no sitemap,
/// but the public culture switch, which the item page and the kernel own, still goes to each translation.
/// </summary>
public sealed class LocalizationSwitchedOffTests
{
    [Fact]
    public async Task Should_keep_the_public_culture_switch_and_lose_the_translation_admin()
    {
        await using var site = await CmsSiteFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Stocktaking:DisabledModules:0"] = "StocktakingCms.Localization",
        });
        var english = await CreateAsync(site, "Switched off", "en", "switched-off");
        await CreateAsync(site, "Désactivé", "fr", "desactive", translationOf: english);
        var admin = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await admin.SignInAsync(CmsSiteFactory.AdminUserName, CmsSiteFactory.AdminPassword);

        Assert.Null((await Html.GetAsync(admin, EditUrl(english.ContentItemId))).QuerySelector(".translations"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/content/{english.ContentItemId}/translate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/sitemap.xml")).StatusCode);

        var page = await Html.GetAsync(admin, "/en/switched-off");
        Assert.Equal("/fr/desactive", LanguageBarLink(page, "fr"));
        Assert.EndsWith("/fr/desactive", Alternate(page, "fr"), StringComparison.Ordinal);
    }
}
