using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using StocktakingCms.Core.Security;
using StocktakingCms.Testing;

namespace StocktakingCms.Tests.Users;

/// <summary>What account tests do again and again: fill the registration form, follow a mailed link, read a field's error.</summary>
public static partial class AccountSupport
{
    public const string Password = "Tuesday-Harbour-Lamp-7";

    public static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    public static string UniqueEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)] + "@example.org";

    /// <summary>A complete registration form; a test overrides the fields it checks.</summary>
    public static Dictionary<string, string> RegistrationForm(string email, string culture = "en") => new()
    {
        ["Email"] = email,
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
        ["DisplayName"] = "Amina Diallo",
        ["Organisation"] = "Ministère du numérique",
        ["StakeholderType"] = "government",
        ["Country"] = "SN",
        ["PreferredCulture"] = culture,
        ["AcceptTerms"] = "true",
    };

    public static Task<HttpResponseMessage> PostRegistrationAsync(this HttpClient client, string culture, IDictionary<string, string> form) =>
        client.PostFormAsync($"/{culture}/account/register", $"/{culture}/account/register", form);

    /// <summary>Registers through the form and opens the confirmation link from the mail.</summary>
    public static async Task RegisterAndConfirmAsync(this HttpClient client, TestSmtpServer smtp, string email, string culture = "en")
    {
        using var registered = await client.PostRegistrationAsync(culture, RegistrationForm(email, culture));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var mail = await smtp.WaitForMessageToAsync(email, MailTimeout);
        using var confirmed = await client.GetAsync(LinkIn(mail, "confirm-email"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    /// <summary>The site-relative link of a mail's text part whose path contains <paramref name="pathPart"/>.</summary>
    public static string LinkIn(MimeMessage mail, string pathPart)
    {
        var match = Link().Matches(mail.TextBody ?? "").FirstOrDefault(m => m.Value.Contains(pathPart, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No link to {pathPart} in the mail:\n{mail.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    public static Task<CmsUser?> FindUserByEmailAsync(this CmsSiteFactory site, string email) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByEmailAsync(email));

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The validation message shown next to a field, or null.</summary>
    public static string? FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string? Value(IHtmlDocument page, string field) =>
        page.QuerySelector($"[name='{field}']") switch
        {
            IHtmlSelectElement select => select.Value,
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };

    [GeneratedRegex(@"https?://[^\s)\]]+")]
    private static partial Regex Link();
}
