using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StocktakingCms.Testing;
using static Microsoft.Playwright.Assertions;

namespace StocktakingCms.BrowserTests;

/// <summary>The admin as an editor uses it: by labels, link texts and button texts, never by ids.</summary>
public static class AdminPages
{
    /// <summary>Signs in as the site's administrator through the /login form.</summary>
    public static async Task SignInAsAdminAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/en/account/login");
        await page.GetByLabel("User name or e-mail", new() { Exact = true }).FillAsync(CmsSiteFactory.AdminUserName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(CmsSiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
    }

    /// <summary>From anywhere in the admin: the Content link of the admin menu, then "New Page".</summary>
    public static async Task OpenNewPageEditorAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" })
            .GetByRole(AriaRole.Link, new() { Name = "Content", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Content", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New Page", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New Page", Level = 1 })).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^New Page – "));
    }

    /// <summary>Fills the fields of the Page editor that are given (null leaves a field as it is).</summary>
    public static async Task FillPageAsync(IPage page, string? title = null, string? slug = null, string? markdown = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (title is not null)
        {
            await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        }

        if (slug is not null)
        {
            await page.GetByLabel("Address", new() { Exact = true }).FillAsync(slug);
        }

        if (markdown is not null)
        {
            await page.GetByLabel("Text", new() { Exact = true }).FillAsync(markdown);
        }
    }

    /// <summary>Clicks an editor button ("Save draft", "Publish") and waits for the admin's status message.</summary>
    public static async Task SubmitAsync(IPage page, string button, string expectedMessage)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = expectedMessage })).ToBeVisibleAsync();
    }
}
