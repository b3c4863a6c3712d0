using System.Net;
using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Localization;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// Every public page template in the six languages, in one site and one browser, page after page
/// (then a signed-in visitor's My entries and account): the right <c>lang</c> and <c>dir</c>, the
/// language bar in UN order, canonical, <c>hreflang</c> and <c>x-default</c> alternates and Open
/// Graph in the head, links to other languages marked with <c>hreflang</c>, no serious or critical
/// axe violation, and a screenshot per page in <c>TestResults/screenshots/{culture}-{page}.png</c>.
/// Failures are gathered and reported together, so one run lists every page to fix; the output
/// ends with one "axe | template | culture | counts by impact | screenshot" line per page.
/// </summary>
public sealed class PublicPagesTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] LanguageBarOrder = ["عربي", "中文", "English", "Français", "Русский", "Español"];

    private static readonly string RepositoryRoot =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    /// <summary>Next to the project, where <c>dotnet test</c> writes its TestResults.</summary>
    private static readonly string ScreenshotFolder =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    [Fact]
    public async Task Should_pass_axe_and_show_the_culture_on_every_public_page_template_in_the_six_languages()
    {
        var entrySlug = await PublishEntryInEveryCultureAsync();
        var page = await fixture.NewPageAsync();
        var problems = new List<string>();
        var blocking = new List<(string Name, IReadOnlyList<AxeResultItem> Blocking)>();
        var summary = new List<string>();
        Directory.CreateDirectory(ScreenshotFolder);

        async Task VisitAsync(string culture, string name, string path, int status)
        {
            var label = $"{culture}-{name}";
            var response = await page.GotoAsync(path);
            if (response?.Status != status)
            {
                problems.Add($"{label} ({path}): status {response?.Status}, expected {status}");
                return;
            }

            await CheckCultureAsync(page, culture, label, problems);
            await CheckHeadAsync(page, culture, label, status == 200 && IsWrittenIn(name, culture), problems);
            await CheckLinksToOtherLanguagesAsync(page, culture, label, problems);
            var violations = await AxeAudit.AuditAsync(page, label, output);
            blocking.Add((label, AxeAudit.Blocking(violations)));
            var screenshot = Path.Combine(ScreenshotFolder, $"{label}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            // One line per page and culture, for the issue's closing note: template | culture | counts by impact | screenshot.
            summary.Add($"axe | {name} | {culture} | {AxeAudit.CountByImpact(violations)} | {Path.GetRelativePath(RepositoryRoot, screenshot)}");
        }

        await BrowserFixture.RunAsync(page, "public-pages", output, async () =>
        {
            foreach (var culture in LanguageBarCultures())
            {
                // The language a visitor chose last: what an address without a culture (the 500 page) speaks.
                var choice = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CmsCultures.Create(culture)));
                await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = CookieRequestCultureProvider.DefaultCookieName, Value = choice, Url = fixture.Site.ServerAddress.ToString() }]);
                foreach (var (name, path, status) in Pages(culture, entrySlug))
                {
                    await VisitAsync(culture, name, path, status);
                }
            }

            // The frames of a signed-in visitor's own pages.
            await AdminPages.SignInAsAdminAsync(page);
            foreach (var culture in LanguageBarCultures())
            {
                foreach (var (name, path, status) in SignedInPages(culture))
                {
                    await VisitAsync(culture, name, path, status);
                }
            }
        });

        output.WriteLine($"Screenshots: {ScreenshotFolder}");
        summary.ForEach(output.WriteLine);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(blocking.All(b => b.Blocking.Count == 0), AxeAudit.Failure(blocking));
        Assert.Equal(6 * (Pages("en", entrySlug).Count + SignedInPages("en").Count), blocking.Count);
    }

    /// <summary>The templates: home, repository, entry, term pages, calls archive, call, letter, special repositories, a page, open data, account frames, 404, 500.</summary>
    private static List<(string Name, string Path, int Status)> Pages(string culture, string entrySlug) =>
    [
        ("home", $"/{culture}/", 200),
        ("search", $"/{culture}/search?q=digital", 200),
        ("entry", $"/{culture}/{entrySlug}", 200),
        ("action-line", $"/{culture}/action-lines/C7-e-learning", 200),
        ("sdg", $"/{culture}/sdgs/4", 200),
        ("country", $"/{culture}/countries/SN", 200),
        ("calls", $"/{culture}/calls", 200),
        ("call", culture switch
        {
            "fr" => "/fr/appels/inventaire-smsi-2023",
            "es" => "/es/convocatorias/inventario-cmsi-2023",
            _ => $"/{culture}/calls/wsis-stocktaking-2023",
        }, 200),
        ("letter", culture switch
        {
            "fr" => "/fr/lettres/inventaire-smsi-2023",
            "es" => "/es/cartas/inventario-cmsi-2023",
            _ => $"/{culture}/letters/wsis-stocktaking-2023",
        }, 200),
        ("special-repositories", $"/{culture}/special-repositories", 200),
        ("special-repository", $"/{culture}/special-repositories/women-in-tech", 200),
        ("page", culture == "fr" ? "/fr/a-propos" : $"/{culture}/about", 200),
        ("open-data", $"/{culture}/open-data", 200),
        ("sign-in", $"/{culture}/account/login", 200),
        ("register", $"/{culture}/account/register", 200),
        ("not-found", $"/{culture}/no-such-page-here", (int)HttpStatusCode.NotFound),
        ("server-error", "/error/500", (int)HttpStatusCode.InternalServerError),
    ];

    /// <summary>The pages of a signed-in visitor: My entries and the account.</summary>
    private static List<(string Name, string Path, int Status)> SignedInPages(string culture) =>
    [
        ("my-entries", $"/{culture}/my-entries", 200),
        ("account", $"/{culture}/account", 200),
    ];

    private static IEnumerable<string> LanguageBarCultures() => ["ar", "zh", "en", "fr", "ru", "es"];

    /// <summary>The about page exists in English and French only: elsewhere it is the original under a notice, which is no alternate.</summary>
    private static bool IsWrittenIn(string template, string culture) => template != "page" || culture is "en" or "fr";

    /// <summary>
    /// The head every page carries: an absolute canonical link, <c>x-default</c>, the page's own
    /// <c>hreflang</c> when it is written in that language, and Open Graph pointing to the canonical address.
    /// </summary>
    private static async Task CheckHeadAsync(IPage page, string culture, string label, bool writtenInCulture, List<string> problems)
    {
        async Task<string?> Attribute(string selector, string name) =>
            await page.Locator(selector).CountAsync() == 1 ? await page.Locator(selector).GetAttributeAsync(name) : null;

        var canonical = await Attribute("head link[rel=canonical]", "href");
        if (canonical is null || !Uri.TryCreate(canonical, UriKind.Absolute, out _))
        {
            problems.Add($"{label}: canonical link {canonical ?? "missing or repeated"}");
        }

        if (await Attribute("head link[rel=alternate][hreflang=x-default]", "href") is null)
        {
            problems.Add($"{label}: no single x-default alternate");
        }

        if (writtenInCulture && await Attribute($"head link[rel=alternate][hreflang={culture}]", "href") is null)
        {
            problems.Add($"{label}: no hreflang={culture} alternate");
        }

        var ogUrl = await Attribute("head meta[property='og:url']", "content");
        if (ogUrl is null || ogUrl != canonical)
        {
            problems.Add($"{label}: og:url {ogUrl ?? "missing"}, canonical {canonical}");
        }

        foreach (var property in new[] { "og:title", "og:type", "og:site_name", "og:locale" })
        {
            if (string.IsNullOrWhiteSpace(await Attribute($"head meta[property='{property}']", "content")))
            {
                problems.Add($"{label}: no {property}");
            }
        }
    }

    /// <summary>
    /// A link in the page's content to an address in another language says so with <c>hreflang</c>
    /// (UN minimum standards: links to content in another language are marked).
    /// </summary>
    private static async Task CheckLinksToOtherLanguagesAsync(IPage page, string culture, string label, List<string> problems)
    {
        var unmarked = await page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>(
            """
            (links, culture) => links
                .filter(a => {
                    const segment = a.getAttribute('href').split(/[/?#]/)[1];
                    return ['ar', 'zh', 'en', 'fr', 'ru', 'es'].includes(segment) && segment !== culture && a.getAttribute('hreflang') !== segment;
                })
                .map(a => a.outerHTML)
            """,
            culture);
        problems.AddRange(unmarked.Select(link => $"{label}: link to another language without hreflang: {link}"));
    }

    private static async Task CheckCultureAsync(IPage page, string culture, string label, List<string> problems)
    {
        var lang = await page.GetAttributeAsync("html", "lang");
        var dir = await page.GetAttributeAsync("html", "dir");
        if (lang != culture)
        {
            problems.Add($"{label}: <html lang=\"{lang}\">, expected {culture}");
        }

        if (dir != (culture == "ar" ? "rtl" : "ltr"))
        {
            problems.Add($"{label}: <html dir=\"{dir}\">");
        }

        var bar = (await page.Locator(".language-bar li").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        if (!bar.SequenceEqual(LanguageBarOrder))
        {
            problems.Add($"{label}: language bar {string.Join(" · ", bar)}");
        }
    }

    /// <summary>One entry in its six languages (one translation set), tagged with the terms the pages above show.</summary>
    private async Task<string> PublishEntryInEveryCultureAsync()
    {
        const string slug = "entries/community-digital-skills";
        var samples = new Dictionary<string, (string Title, string Summary)>
        {
            ["ar"] = ("مراكز مجتمعية للمهارات الرقمية", "يقدّم المشروع دورات مجانية في المهارات الرقمية للنساء والشباب في القرى."),
            ["zh"] = ("社区数字技能中心", "该项目为农村妇女和青年免费提供数字技能课程。"),
            ["en"] = ("Community digital skills centres", "Free courses in digital skills for women and young people in villages."),
            ["fr"] = ("Centres communautaires de compétences numériques", "Des cours gratuits de compétences numériques pour les femmes et les jeunes des villages."),
            ["ru"] = ("Общинные центры цифровых навыков", "Бесплатные курсы цифровых навыков для женщин и молодежи в деревнях."),
            ["es"] = ("Centros comunitarios de competencias digitales", "Cursos gratuitos de competencias digitales para mujeres y jóvenes de las aldeas."),
        };
        var set = "browserentryset0000000000";
        foreach (var (culture, (title, summary)) in samples)
        {
            var result = await fixture.Site.WithScopeAsync(async sp =>
            {
                var content = sp.GetRequiredService<IContentManager>();
                var item = await content.NewAsync(EntryFields.ContentType);
                item.Culture = culture;
                item.LocalizationSet = set;
                item.Alter<TitlePart>(p => p.Title = title)
                    .Alter<AutoroutePart>(p => p.Slug = slug)
                    .Alter<EntryPart>(p =>
                    {
                        p.ShortDescription = summary;
                        p.FullDescription = summary;
                        p.OrganisationName = "Senegal Digital Literacy Network";
                        p.StartDate = new DateOnly(2022, 3, 1);
                        p.Website = "https://example.org/skills";
                        p.OriginalCulture = "fr";
                    })
                    .Alter<TermsPart>(p =>
                    {
                        p.Set(EntryFields.ActionLines, ["C4", "C7", "C7-e-learning"]);
                        p.Set(EntryFields.SdgGoals, ["4", "5"]);
                        p.Set(EntryFields.StakeholderType, ["civil-society"]);
                        p.Set(EntryFields.Countries, ["SN"]);
                        p.Set(EntryFields.Status, ["ongoing"]);
                        p.Set(EntryFields.SpecialRepositories, ["women-in-tech"]);
                    });
                return await content.CreateAsync(item, publish: true);
            });
            Assert.True(result.Succeeded, $"{culture}: {string.Join("; ", result.AllMessages)}");
        }

        return slug;
    }
}
