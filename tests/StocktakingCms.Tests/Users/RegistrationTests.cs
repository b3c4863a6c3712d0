using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;
using static StocktakingCms.Tests.Users.AccountSupport;

namespace StocktakingCms.Tests.Users;

/// <summary>Opening an account: the form, its errors in the visitor's language, the confirmation mail.</summary>
public abstract class RegistrationTests(DatabaseProvider provider, SharedSite shared, TestSmtpServer smtp)
    : SiteTests(provider, shared), IClassFixture<TestSmtpServer>
{
    protected override IDictionary<string, string?>? Settings => smtp.SiteSettings;

    [Fact]
    public async Task Should_send_the_confirmation_in_the_chosen_language_and_sign_in_only_after_confirming()
    {
        var email = UniqueEmail("reg");
        var client = CreateClient();

        using var registered = await client.PostRegistrationAsync("fr", RegistrationForm(email, culture: "fr"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/fr/account/registered", registered.Headers.Location?.OriginalString);
        var mail = await smtp.WaitForMessageToAsync(email, MailTimeout);
        Assert.Contains("Confirmez votre adresse électronique", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Amina Diallo", mail.TextBody, StringComparison.Ordinal);

        using var early = await client.PostFormAsync("/fr/account/login", "/fr/account/login", [new("UserNameOrEmail", email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("confirmer votre adresse", (await ParseAsync(early)).QuerySelector(".validation-summary")?.TextContent, StringComparison.OrdinalIgnoreCase);

        using var confirmed = await client.GetAsync(LinkIn(mail, "/fr/account/confirm-email"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Votre adresse électronique est confirmée", (await ParseAsync(confirmed)).QuerySelector("h1")?.TextContent.Trim());

        using var signedIn = await client.PostFormAsync("/fr/account/login", "/fr/account/login", [new("UserNameOrEmail", email), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/fr/account", signedIn.Headers.Location?.OriginalString);

        var user = await FindAsync(email);
        Assert.True(user!.EmailConfirmed);
        Assert.Equal(("Ministère du numérique", "government", "SN", "fr"), (user.Organisation, user.StakeholderType, user.Country, user.PreferredCulture));
        Assert.True(await Site.WithScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().IsInRoleAsync(user, CmsRoles.Contributor)));
    }

    [Fact]
    public async Task Should_refuse_a_common_password_in_the_page_language_and_keep_what_was_typed()
    {
        var email = UniqueEmail("weak");
        var form = RegistrationForm(email, culture: "es");
        form["Password"] = form["ConfirmPassword"] = "Password2024!";

        using var response = await CreateClient().PostRegistrationAsync("es", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.StartsWith("Esta contraseña es de las primeras", FieldError(page, "Password"), StringComparison.Ordinal);
        Assert.Equal(email, Value(page, "Email"));
        Assert.Equal("Amina Diallo", Value(page, "DisplayName"));
        Assert.Equal("Ministère du numérique", Value(page, "Organisation"));
        Assert.Equal("SN", Value(page, "Country"));
        Assert.Equal("", Value(page, "Password"));
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task Should_put_each_missing_field_message_next_to_its_field()
    {
        using var response = await CreateClient().PostRegistrationAsync("ru", new Dictionary<string, string> { ["Email"] = "not-an-address" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Введите действительный адрес электронной почты, например name@example.org.", FieldError(page, "Email"));
        Assert.Equal("Придумайте пароль.", FieldError(page, "Password"));
        Assert.Equal("Введите свое имя.", FieldError(page, "DisplayName"));
        Assert.Equal("Выберите свою страну.", FieldError(page, "Country"));
        Assert.Equal("Чтобы открыть учетную запись, примите условия.", FieldError(page, "AcceptTerms"));
    }

    [Fact]
    public async Task Should_refuse_a_country_code_that_is_not_in_the_list()
    {
        var email = UniqueEmail("country");
        var form = RegistrationForm(email);
        form["Country"] = "XX";

        using var response = await CreateClient().PostRegistrationAsync("en", form);

        Assert.Equal("Choose your country.", FieldError(await ParseAsync(response), "Country"));
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task Should_refuse_a_second_account_for_the_same_address_with_a_message_on_the_email()
    {
        var email = UniqueEmail("twice");
        using (var first = await CreateClient().PostRegistrationAsync("en", RegistrationForm(email)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await CreateClient().PostRegistrationAsync("en", RegistrationForm(email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.StartsWith("An account with this e-mail already exists.", FieldError(await ParseAsync(second), "Email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_offer_stakeholder_types_and_countries_in_the_page_language()
    {
        var page = await ParseAsync(await CreateClient().GetAsync("/ar/account/register"));

        var countries = page.QuerySelectorAll("select[name=Country] option").Select(o => o.TextContent).ToList();
        Assert.Contains("السنغال", countries);
        Assert.Contains("الحكومة", page.QuerySelectorAll("select[name=StakeholderType] option").Select(o => o.TextContent.Trim()));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Should_show_an_invalid_link_page_and_leave_the_account_unconfirmed_when_the_token_is_wrong()
    {
        var email = UniqueEmail("badlink");
        using (await CreateClient().PostRegistrationAsync("en", RegistrationForm(email)))
        {
        }

        var user = await FindAsync(email);
        using var response = await CreateClient().GetAsync($"/en/account/confirm-email?user={user!.Id}&token=forged");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This link is no longer valid", (await ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
        Assert.False((await FindAsync(email))!.EmailConfirmed);
    }

    private Task<CmsUser?> FindAsync(string email) => Site.FindUserByEmailAsync(email);
}

public sealed class RegistrationSqliteTests(SharedSite site, TestSmtpServer smtp) : RegistrationTests(DatabaseProvider.Sqlite, site, smtp);

public sealed class RegistrationPostgresTests(SharedSite site, TestSmtpServer smtp) : RegistrationTests(DatabaseProvider.Postgres, site, smtp);
