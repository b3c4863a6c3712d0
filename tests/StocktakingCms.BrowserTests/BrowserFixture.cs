using Microsoft.Playwright;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// One real site (SQLite, Kestrel on a free 127.0.0.1 port) and one headless chromium for a test
/// class; each test opens a context of its own (<see cref="NewPageAsync"/>), so cookies never leak
/// from one test to the next. The browser is Debian's chromium (STOCKTAKING_TEST_CHROMIUM, default
/// /usr/bin/chromium): Playwright's own browser download is never used. The site sends no mail;
/// <see cref="MailBrowserFixture"/> is the same with a real SMTP server behind the site.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "STOCKTAKING_TEST_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly TestSmtpServer? _smtp;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private CmsSiteFactory? _site;

    public BrowserFixture()
        : this(sendsMail: false)
    {
    }

    /// <param name="sendsMail">Starts a <see cref="TestSmtpServer"/> and configures the site to send its mail there.</param>
    protected BrowserFixture(bool sendsMail)
    {
        _smtp = sendsMail ? new TestSmtpServer() : null;
    }

    public CmsSiteFactory Site => _site ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The server receiving the site's mail.</summary>
    public TestSmtpServer Smtp => _smtp ?? throw new InvalidOperationException($"This site sends no mail: use {nameof(MailBrowserFixture)}.");

    /// <summary>Where the screenshots go: the test output folder, so CI can keep them.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(executable))
        {
            executable = DefaultChromium;
        }

        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"No browser at {executable}: install Debian's chromium (apt-get install -y chromium fonts-wqy-zenhei; ./test.sh does it) or set {ChromiumVariable}.");
        }

        if (_smtp is not null)
        {
            await _smtp.StartAsync();
        }

        _site = await CmsSiteFactory.CreateAsync(DatabaseProvider.Sqlite, useKestrel: true, settings: _smtp?.SiteSettings);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A page in a context of its own, addressed relative to the site ("/login"). English is the
    /// browser's language, so pages without a culture in their address (/login) are in English.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.ServerAddress.ToString().TrimEnd('/'),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A full-page screenshot in <see cref="ScreenshotFolder"/>; its path goes to the test output.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string fileName, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>
    /// Runs a test's steps and, when one fails, saves a screenshot named after the test before
    /// rethrowing: the page as the browser saw it at the failure.
    /// </summary>
    public static async Task RunAsync(IPage page, string testName, ITestOutputHelper output, Func<Task> steps)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps();
        }
        catch (Exception) when (!page.IsClosed)
        {
            try
            {
                await ScreenshotAsync(page, $"FAILED-{testName}.png", output);
                output.WriteLine($"Address at the failure: {page.Url}");
            }
            catch (PlaywrightException screenshotError)
            {
                output.WriteLine($"No failure screenshot: {screenshotError.Message}");
            }

            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }
}
