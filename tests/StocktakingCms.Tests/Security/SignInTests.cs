using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Security;

/// <summary>Signing in through /login: wrong passwords, unknown names and lockout.</summary>
public abstract class SignInTests(DatabaseProvider provider, SharedSite shared) : SiteTests(provider, shared)
{
    private const string Password = "Sign-In-Test-Password-42";
    private const string WrongCredentials = "The user name or the password is wrong.";

    [Fact]
    public async Task Should_show_the_sign_in_page_with_an_error_when_the_password_is_wrong()
    {
        var userName = await CreateUserAsync();
        var client = CreateClient();

        using var response = await PostSignInAsync(client, userName, "Not-The-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WrongCredentials, await SummaryAsync(response));
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith("stocktaking.auth=", StringComparison.Ordinal));
        using var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task Should_give_the_same_message_when_the_user_does_not_exist()
    {
        using var response = await PostSignInAsync(CreateClient(), $"nobody-{Guid.NewGuid():N}", "Whatever-Password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WrongCredentials, await SummaryAsync(response));
    }

    [Fact]
    public async Task Should_sign_in_with_the_e_mail_address_and_go_to_the_admin_when_the_password_is_right()
    {
        var userName = await CreateUserAsync(CmsRoles.Editor);
        var client = CreateClient();

        using var response = await PostSignInAsync(client, $"{userName}@example.org", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        using var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Should_lock_the_account_when_the_password_is_wrong_five_times()
    {
        var userName = await CreateUserAsync(CmsRoles.Editor);
        var client = CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await PostSignInAsync(client, userName, $"Wrong-Password-{attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await PostSignInAsync(client, userName, Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("Too many failed attempts: this account is locked for a while. Try again later.", await SummaryAsync(right));
        Assert.DoesNotContain(SetCookies(right), c => c.StartsWith("stocktaking.auth=", StringComparison.Ordinal));
        await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync(userName))!));
        });
    }

    [Fact]
    public async Task Should_not_redirect_to_another_site_when_the_return_address_is_external()
    {
        var userName = await CreateUserAsync(CmsRoles.Editor);

        using var response = await CreateClient().PostFormAsync("/en/account/login", "/en/account/login",
        [
            new("UserNameOrEmail", userName),
            new("Password", Password),
            new("ReturnUrl", "https://evil.example/steal"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password) =>
        client.PostFormAsync("/en/account/login", "/en/account/login", [new("UserNameOrEmail", userName), new("Password", password)]);

    private async Task<string> CreateUserAsync(string? role = null)
    {
        var userName = $"signin-{Guid.NewGuid():N}"[..20];
        await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, Email = $"{userName}@example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (role is not null)
            {
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        });
        return userName;
    }

    private static async Task<string?> SummaryAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync())
            .QuerySelector(".validation-summary li")?.TextContent.Trim();

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}

public sealed class SignInSqliteTests(SharedSite site) : SignInTests(DatabaseProvider.Sqlite, site);

public sealed class SignInPostgresTests(SharedSite site) : SignInTests(DatabaseProvider.Postgres, site);
