using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Hosting;

public sealed class AutoSetupTests
{
    [Fact]
    public async Task Should_set_up_on_first_start_and_let_the_admin_sign_in()
    {
        await using var site = await CmsSiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/en/", root.Headers.Location?.OriginalString);

        var about = await client.GetStringAsync("/en/about");
        Assert.Contains("About the WSIS Stocktaking", about);
        Assert.True(File.Exists(Path.Combine(site.DataPath, "stocktaking.db")));

        await client.SignInAsync(CmsSiteFactory.AdminUserName, CmsSiteFactory.AdminPassword);
        var dashboard = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }
}
