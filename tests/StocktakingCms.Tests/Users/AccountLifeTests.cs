using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Email.Data;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Users.AccountSupport;

namespace StocktakingCms.Tests.Users;

/// <summary>A confirmed account's life: forgotten password, profile, e-mail change, its data, deletion.</summary>
public abstract class AccountLifeTests(DatabaseProvider provider, SharedSite shared, TestSmtpServer smtp)
    : SiteTests(provider, shared), IClassFixture<TestSmtpServer>
{
    protected override IDictionary<string, string?>? Settings => smtp.SiteSettings;

    [Fact]
    public async Task Should_reset_a_forgotten_password_through_the_mailed_link()
    {
        var email = UniqueEmail("reset");
        await CreateClient().RegisterAndConfirmAsync(smtp, email, culture: "ru");
        var client = CreateClient();

        using var asked = await client.PostFormAsync("/ru/account/forgot-password", "/ru/account/forgot-password", [new("Email", email)]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(to => to.Address == email) && (m.Subject ?? "").Contains("новый пароль", StringComparison.Ordinal), MailTimeout);

        const string newPassword = "Copper-Meadow-Signal-3";
        var link = LinkIn(mail, "/ru/account/reset-password");
        using var reset = await client.PostFormAsync(link, "/ru/account/reset-password",
        [
            new("UserId", QueryValue(link, "user")), new("Token", QueryValue(link, "token")),
            new("Password", newPassword), new("ConfirmPassword", newPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var oldPassword = await CreateClient().PostFormAsync("/en/account/login", "/en/account/login", [new("UserNameOrEmail", email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var withNew = await CreateClient().PostFormAsync("/en/account/login", "/en/account/login", [new("UserNameOrEmail", email), new("Password", newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);

        // The link works once.
        using var again = await client.PostFormAsync(link, "/ru/account/reset-password",
        [
            new("UserId", QueryValue(link, "user")), new("Token", QueryValue(link, "token")),
            new("Password", "Another-Quiet-River-9"), new("ConfirmPassword", "Another-Quiet-River-9"),
        ]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.StartsWith("Эта ссылка больше недействительна", (await ParseAsync(again)).QuerySelector(".validation-summary")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_the_same_answer_for_an_unknown_address_and_send_nothing()
    {
        var unknown = UniqueEmail("nobody");

        using var response = await CreateClient().PostFormAsync("/en/account/forgot-password", "/en/account/forgot-password", [new("Email", unknown)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/account/forgot-password", response.Headers.Location?.OriginalString);
        await Assert.ThrowsAsync<TimeoutException>(() => smtp.WaitForMessageToAsync(unknown, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Should_save_the_profile_and_change_the_address_only_when_the_new_one_is_confirmed()
    {
        var email = UniqueEmail("profile");
        var client = CreateClient();
        await client.RegisterAndConfirmAsync(smtp, email);
        await client.SignInAsync(email, Password);

        using var saved = await client.PostFormAsync("/en/account", "/en/account",
        [
            new("Profile.DisplayName", "Amina D."), new("Profile.Organisation", "Agence du numérique"),
            new("Profile.StakeholderType", "civil-society"), new("Profile.Country", "FR"), new("Profile.PreferredCulture", "ar"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = await FindAsync(email);
        Assert.Equal(("Amina D.", "Agence du numérique", "civil-society", "FR", "ar"), (user!.DisplayName, user.Organisation, user.StakeholderType, user.Country, user.PreferredCulture));

        var newEmail = UniqueEmail("moved");
        using var asked = await client.PostFormAsync("/en/account", "/en/account/change-email", [new("ChangeEmail.NewEmail", newEmail)]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(email, (await FindAsync(email))?.Email);

        var confirmation = await smtp.WaitForMessageToAsync(newEmail, MailTimeout);
        var warning = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(to => to.Address == email) && (m.TextBody ?? "").Contains(newEmail, StringComparison.Ordinal), MailTimeout);
        Assert.Contains("تأكيد", confirmation.Subject, StringComparison.Ordinal); // the preferred language is now Arabic
        Assert.NotNull(warning);

        using var confirmed = await CreateClient().GetAsync(LinkIn(confirmation, "/ar/account/confirm-new-email"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null(await FindAsync(email));
        var moved = await FindAsync(newEmail);
        Assert.Equal(newEmail, moved?.UserName);
    }

    [Fact]
    public async Task Should_refuse_an_invalid_profile_without_losing_the_other_fields()
    {
        var email = UniqueEmail("badprofile");
        var client = CreateClient();
        await client.RegisterAndConfirmAsync(smtp, email);
        await client.SignInAsync(email, Password);

        using var response = await client.PostFormAsync("/fr/account", "/fr/account",
        [
            new("Profile.DisplayName", ""), new("Profile.Organisation", "Nouvelle organisation"),
            new("Profile.StakeholderType", "government"), new("Profile.Country", "SN"), new("Profile.PreferredCulture", "fr"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Saisissez votre nom.", FieldError(page, "Profile.DisplayName"));
        Assert.Equal("Nouvelle organisation", Value(page, "Profile.Organisation"));
        Assert.Equal("Ministère du numérique", (await FindAsync(email))!.Organisation);
    }

    [Fact]
    public async Task Should_download_the_account_data_as_json()
    {
        var email = UniqueEmail("data");
        var client = CreateClient();
        await client.RegisterAndConfirmAsync(smtp, email);
        await client.SignInAsync(email, Password);

        using var response = await client.GetAsync("/en/account/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var account = json.RootElement.GetProperty("account");
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("Ministère du numérique", account.GetProperty("organisation").GetString());
        Assert.Equal("Contributor", account.GetProperty("roles")[0].GetString());
        Assert.False(json.RootElement.GetRawText().Contains("passwordHash", StringComparison.OrdinalIgnoreCase));
        var mails = json.RootElement.GetProperty("mails");
        Assert.Contains(mails.EnumerateArray(), m => m.GetProperty("textBody").GetString()!.Contains("/en/account/confirm-email", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_delete_the_account_only_with_the_right_password()
    {
        var email = UniqueEmail("delete");
        var client = CreateClient();
        await client.RegisterAndConfirmAsync(smtp, email);
        await client.SignInAsync(email, Password);

        using var wrong = await client.PostFormAsync("/en/account/delete", "/en/account/delete", [new("Password", "Not-My-Password-1")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("The password is wrong.", FieldError(await ParseAsync(wrong), "Password"));
        Assert.NotNull(await FindAsync(email));

        using var deleted = await client.PostFormAsync("/en/account/delete", "/en/account/delete", [new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindAsync(email));
        Assert.Equal(0, await Site.WithScopeAsync(sp => sp.GetRequiredService<EmailDbContext>().Outbox.CountAsync(m => m.ToAddress == email)));
        using var account = await client.GetAsync("/en/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode); // signed out: back to the sign-in page
    }

    [Fact]
    public async Task Should_send_anonymous_visitors_of_the_account_page_to_sign_in()
    {
        using var response = await CreateClient().GetAsync("/en/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static string QueryValue(string link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)[name].ToString();

    private Task<CmsUser?> FindAsync(string email) => Site.FindUserByEmailAsync(email);
}

public sealed class AccountLifeSqliteTests(SharedSite site, TestSmtpServer smtp) : AccountLifeTests(DatabaseProvider.Sqlite, site, smtp);

public sealed class AccountLifePostgresTests(SharedSite site, TestSmtpServer smtp) : AccountLifeTests(DatabaseProvider.Postgres, site, smtp);
