using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Users.AccountSupport;

namespace StocktakingCms.Tests.Users;

/// <summary>Accounts in the admin: only for those allowed, search, roles, lock, resend the confirmation.</summary>
public abstract class UserAdminTests(DatabaseProvider provider, SharedSite shared, TestSmtpServer smtp)
    : SiteTests(provider, shared), IClassFixture<TestSmtpServer>
{
    protected override IDictionary<string, string?>? Settings => smtp.SiteSettings;

    [Fact]
    public async Task Should_refuse_the_account_list_to_a_contributor()
    {
        var contributor = await CreateClientInRoleAsync(CmsRoles.Contributor);

        using var response = await contributor.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Should_let_an_editor_manage_accounts_but_neither_change_roles_nor_lock_an_administrator()
    {
        var email = UniqueEmail("editor-view");
        await CreateClient().RegisterAndConfirmAsync(smtp, email);
        var id = (await FindAsync(email))!.Id;
        var adminId = (await Site.WithScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(CmsSiteFactory.AdminUserName)))!.Id;
        var editor = await CreateClientInRoleAsync(CmsRoles.Editor);

        using var list = await editor.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var roles = await editor.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/roles", [new("selected", CmsRoles.Administrator)]);
        Assert.Equal("/error/403", roles.Headers.Location?.AbsolutePath);
        using var lockAdmin = await editor.PostFormAsync($"/admin/users/{adminId}", $"/admin/users/{adminId}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, lockAdmin.StatusCode);

        await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            Assert.False(await users.IsInRoleAsync((await users.FindByIdAsync(id))!, CmsRoles.Administrator));
            Assert.False(await users.IsLockedOutAsync((await users.FindByIdAsync(adminId))!));
        });
    }

    [Fact]
    public async Task Should_find_an_account_by_organisation_and_show_it_unconfirmed()
    {
        var email = UniqueEmail("search");
        var form = RegistrationForm(email);
        form["Organisation"] = "Организация поиска " + Guid.NewGuid().ToString("N")[..6];
        using (await CreateClient().PostRegistrationAsync("en", form))
        {
        }

        var admin = await CreateAdminClientAsync();
        var page = await ParseAsync(await admin.GetAsync($"/admin/users?text={Uri.EscapeDataString(form["Organisation"].ToLowerInvariant())}"));

        var rows = page.QuerySelectorAll("table.list tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains(email, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("E-mail not confirmed", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_lock_an_account_so_it_cannot_sign_in_and_unlock_it_again()
    {
        var email = UniqueEmail("lock");
        await CreateClient().RegisterAndConfirmAsync(smtp, email);
        var id = (await FindAsync(email))!.Id;
        var admin = await CreateAdminClientAsync();

        using var locked = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        using var refused = await CreateClient().PostFormAsync("/en/account/login", "/en/account/login", [new("UserNameOrEmail", email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        using var unlocked = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        using var accepted = await CreateClient().PostFormAsync("/en/account/login", "/en/account/login", [new("UserNameOrEmail", email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Should_make_a_contributor_a_reviewer_and_ignore_pseudo_roles()
    {
        var email = UniqueEmail("roles");
        await CreateClient().RegisterAndConfirmAsync(smtp, email);
        var id = (await FindAsync(email))!.Id;
        var admin = await CreateAdminClientAsync();

        using var response = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/roles",
            [new("selected", CmsRoles.Reviewer), new("selected", CmsRoles.Anonymous)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await Site.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(id))!);
        });
        Assert.Equal([CmsRoles.Reviewer], roles);
    }

    [Fact]
    public async Task Should_resend_the_confirmation_mail_of_an_unconfirmed_account()
    {
        var email = UniqueEmail("resend");
        using (await CreateClient().PostRegistrationAsync("zh", RegistrationForm(email, culture: "zh")))
        {
        }

        await smtp.WaitForMessageToAsync(email, MailTimeout);
        var id = (await FindAsync(email))!.Id;
        var admin = await CreateAdminClientAsync();

        using var response = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/resend-confirmation", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await WaitUntilAsync(() => smtp.Messages.Count(m => m.To.Mailboxes.Any(to => to.Address == email)) == 2);
        Assert.All(smtp.Messages.Where(m => m.To.Mailboxes.Any(to => to.Address == email)), m => Assert.Contains("确认", m.Subject, StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + MailTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition was not met in time.");
            }

            await Task.Delay(100);
        }
    }

    private Task<CmsUser?> FindAsync(string email) => Site.FindUserByEmailAsync(email);
}

public sealed class UserAdminSqliteTests(SharedSite site, TestSmtpServer smtp) : UserAdminTests(DatabaseProvider.Sqlite, site, smtp);

public sealed class UserAdminPostgresTests(SharedSite site, TestSmtpServer smtp) : UserAdminTests(DatabaseProvider.Postgres, site, smtp);
