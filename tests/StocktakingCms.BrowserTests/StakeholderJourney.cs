using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StocktakingCms.Entries.Models;
using static Microsoft.Playwright.Assertions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// A stakeholder's way through the site in the language of a <see cref="StakeholderSample"/>, as a
/// person goes: registers, opens the link of the confirmation mail, signs in, fills the submission
/// form step by step and submits. Fields and buttons are found by their labels and names in that
/// language (<see cref="UiTexts"/>), never by ids. On each page it checks the heading and the
/// page's lang and dir, then calls <c>arrived</c> with the page's name (for screenshots or audits).
/// </summary>
public sealed partial class StakeholderJourney(IPage page, MailBrowserFixture fixture, StakeholderSample sample, Func<string, Task> arrived)
{
    private const string Password = "Tuesday-Harbour-Lamp-7";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private readonly string _culture = sample.Culture;

    public UiTexts T { get; } = new(fixture.Site, sample.Culture);

    /// <summary>An address of this journey alone, so that journeys on one site never meet.</summary>
    public string Email { get; } = $"{sample.Culture}-{Guid.NewGuid():N}"[..15] + "@example.org";

    /// <summary>Every step, from the registration form to the entry listed as submitted.</summary>
    public async Task RunAsync()
    {
        await RegisterAsync();
        await ConfirmEmailAsync();
        await SignInAsync();
        await StartEntryAsync();
        await FillOrganisationAsync();
        await FillProjectAfterAMistakeAsync();
        await FillClassificationAsync();
        await AddImageAsync();
        await SubmitAsync();
    }

    public async Task RegisterAsync()
    {
        await GotoAsync($"/{_culture}/account/register");
        await ArriveAsync("register", T["Register"]);
        await Field("E-mail").FillAsync(Email);
        await Field("Password").FillAsync(Password);
        await Field("Confirm the password").FillAsync(Password);
        await Field("Your name").FillAsync(sample.DisplayName);
        await Field("Organisation").FillAsync(sample.Organisation);
        await Field("Stakeholder type").SelectOptionAsync(new SelectOptionValue { Label = sample.StakeholderType });
        await Field("Country").SelectOptionAsync(new SelectOptionValue { Label = sample.Country });
        await Expect(Field("Preferred language")).ToHaveValueAsync(_culture);
        await Field("I agree that my name, organisation and e-mail are kept to manage my entries.").CheckAsync();
        await ClickAsync("Create my account");
        await ArriveAsync("registered", T["Check your e-mail"]);
    }

    /// <summary>The mail reaches the SMTP server; its link, in the person's language, confirms the address.</summary>
    public async Task ConfirmEmailAsync()
    {
        var mail = await fixture.Smtp.WaitForMessageToAsync(Email, MailTimeout);
        var link = MailLink().Matches(mail.TextBody ?? "").Select(m => new Uri(m.Value))
            .FirstOrDefault(uri => uri.AbsolutePath.EndsWith("/account/confirm-email", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No confirmation link in the mail:{Environment.NewLine}{mail.TextBody}");
        Assert.Equal($"/{_culture}/account/confirm-email", link.AbsolutePath);
        await GotoAsync(link.PathAndQuery);
        await ArriveAsync("confirmed", T["Your e-mail address is confirmed"]);
    }

    /// <summary>From the confirmation page's link to the sign-in form, then to the account page.</summary>
    public async Task SignInAsync()
    {
        await Main.GetByRole(AriaRole.Link, new() { Name = T["Sign in"], Exact = true }).ClickAsync();
        await ArriveAsync("login", T["Sign in"]);
        await Field("User name or e-mail").FillAsync(Email);
        await Field("Password").FillAsync(Password);
        await ClickAsync("Sign in");
        await Expect(page).ToHaveURLAsync(new Regex($"/{_culture}/account$"));
        await ArriveAsync("account", T["My account"]);
        await Expect(Field("Your name")).ToHaveValueAsync(sample.DisplayName);
        await Expect(Field("Organisation")).ToHaveValueAsync(sample.Organisation);
    }

    /// <summary>The submit page offers the open call of the setup recipe; its button opens the form's first step.</summary>
    public async Task StartEntryAsync()
    {
        await GotoAsync($"/{_culture}/submit");
        await ArriveAsync("submit", T["Submit an entry"]);
        await ClickAsync("Start a new entry");
        await ArriveAtStepAsync("organisation", "The organisation");
    }

    public async Task FillOrganisationAsync()
    {
        await Field("Name of the organisation").FillAsync(sample.Organisation);
        await Field("Type of organisation (stakeholder type)").SelectOptionAsync(new SelectOptionValue { Label = sample.StakeholderType });
        await ClickAsync("Save and continue");
        await ArriveAtStepAsync("project", "The project");
    }

    /// <summary>
    /// The project without its status first: the step stays, says what is missing next to the field
    /// and in the summary at the top, and keeps what was typed. Then the status, and on.
    /// </summary>
    public async Task FillProjectAfterAMistakeAsync()
    {
        var title = Field("Title of the project");
        var description = Main.GetByLabel(Label(T.Format("Short description (at most {0} words)", EntryPart.ShortDescriptionMaxWords)));
        await title.FillAsync(sample.EntryTitle);
        await description.FillAsync(sample.ShortDescription);
        await ClickAsync("Save and continue");

        await ArriveAtStepAsync("project-invalid", "The project", afterCheck: async () =>
        {
            var status = Field("Status of the project");
            var error = page.Locator("[data-valmsg-for=ProjectStatus]");
            await Expect(error).Not.ToBeEmptyAsync();
            await Expect(status).ToHaveAttributeAsync("aria-invalid", "true");
            var summary = page.GetByRole(AriaRole.Alert);
            await Expect(summary).ToBeVisibleAsync();
            await Expect(summary).ToContainTextAsync(await error.InnerTextAsync());
            await Expect(title).ToHaveValueAsync(sample.EntryTitle);
            await Expect(description).ToHaveValueAsync(sample.ShortDescription);
        });

        await Field("Status of the project").SelectOptionAsync(new SelectOptionValue { Label = sample.ProjectStatus });
        await ClickAsync("Save and continue");
        await ArriveAtStepAsync("classification", "Classification");
    }

    /// <summary>An action line, a goal, and a country from its region (a closed group the person opens).</summary>
    public async Task FillClassificationAsync()
    {
        await Group("WSIS Action Lines").GetByLabel(sample.ActionLine, new() { Exact = true }).CheckAsync();
        await Group("Sustainable Development Goals").GetByLabel(sample.SdgGoal, new() { Exact = true }).CheckAsync();
        var countries = Group("Countries where the project is carried out");
        await countries.GetByText(sample.Region, new() { Exact = true }).ClickAsync();
        await countries.GetByLabel(sample.Country, new() { Exact = true }).CheckAsync();
        await ClickAsync("Save and continue");
        await ArriveAtStepAsync("media", "Links and media");
    }

    /// <summary>A PNG made by the test, picked from a temporary file with its description, uploaded without leaving the step.</summary>
    public async Task AddImageAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"stocktaking-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, PngImage.Create(160, 90, red: 0x00, green: 0x66, blue: 0xB3));
        try
        {
            await Field("Add an image").SetInputFilesAsync(file);
            await Field("Description of the new image").FillAsync(sample.ImageDescription);
            await ClickAsync("Upload and stay on this step");
            await ArriveAtStepAsync("media-uploaded", "Links and media", afterCheck: async () =>
            {
                await Expect(Field("Description of the image")).ToHaveValueAsync(sample.ImageDescription);
                var thumbnail = Main.Locator($"img[src*='{Path.GetFileName(file)}']");
                await Expect(thumbnail).ToBeVisibleAsync();
                Assert.True(await thumbnail.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 160"), "The uploaded image is not shown.");
            });
        }
        finally
        {
            File.Delete(file);
        }

        await ClickAsync("Save and continue");
        await ArriveAtStepAsync("review", "Review and submit");
    }

    /// <summary>The review shows the answers; once submitted, My entries lists the entry as waiting for review.</summary>
    public async Task SubmitAsync()
    {
        await Expect(Main).ToContainTextAsync(sample.EntryTitle);
        await Expect(Main).ToContainTextAsync(sample.Organisation);
        await Expect(Main).ToContainTextAsync(sample.ImageDescription);
        await ClickAsync("Submit for review");
        await Expect(page).ToHaveURLAsync(new Regex($"/{_culture}/my-entries$"));
        await ArriveAsync("my-entries", T["My entries"], afterCheck: async () =>
        {
            await Expect(Main.GetByRole(AriaRole.Status)).ToHaveTextAsync(T["Thank you: your entry is submitted. The WSIS Stocktaking team reviews it before it is published."]);
            var row = Main.GetByRole(AriaRole.Row).Filter(new() { HasText = sample.EntryTitle });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync(T["Submitted, waiting for review"]);
        });
    }

    private ILocator Main => page.GetByRole(AriaRole.Main);

    /// <summary>A form field by its label in the page's language.</summary>
    private ILocator Field(string englishLabel) => Main.GetByLabel(Label(T[englishLabel]));

    /// <summary>A fieldset by its legend in the page's language.</summary>
    private ILocator Group(string englishLegend) => Main.GetByRole(AriaRole.Group, new() { NameRegex = Label(T[englishLegend]) });

    /// <summary>
    /// A label as a whole, with or without the " *" of a required field: Playwright reads a
    /// label's whole text, the marker included, though screen readers skip it (aria-hidden).
    /// </summary>
    private static Regex Label(string text) => new($"^{Regex.Escape(text)}( \\*)?$");

    private Task ClickAsync(string englishButton) =>
        Main.GetByRole(AriaRole.Button, new() { Name = T[englishButton], Exact = true }).ClickAsync();

    private async Task GotoAsync(string path)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal((int)HttpStatusCode.OK, response?.Status);
    }

    /// <summary>
    /// A step of the form: its address, the form's heading and the step's own. The page's name
    /// starts with the step's slug ("project-invalid" is the project step with its errors).
    /// </summary>
    private async Task ArriveAtStepAsync(string name, string englishTitle, Func<Task>? afterCheck = null)
    {
        var slug = name.Split('-')[0];
        await Expect(page).ToHaveURLAsync(new Regex($"/{_culture}/submit/[^/]+/{slug}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T[englishTitle], Level = 2, Exact = true })).ToBeVisibleAsync();
        await ArriveAsync(name, T["Submit an entry"], afterCheck);
    }

    private async Task ArriveAsync(string name, string heading, Func<Task>? afterCheck = null)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1, Exact = true })).ToBeVisibleAsync();
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", _culture);
        await Expect(html).ToHaveAttributeAsync("dir", sample.Direction);
        if (afterCheck is not null)
        {
            await afterCheck();
        }

        await arrived(name);
    }

    [GeneratedRegex(@"https?://[^\s)\]>]+")]
    private static partial Regex MailLink();
}
